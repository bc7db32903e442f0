"""What a user would otherwise run, on the same text: underthesea's ``word_tokenize`` or ``ner``
sentence by sentence over article files, in a process of its own (imports and model loading
included, as for the vnnews commands).

Usage: ``python benchmarks/reference.py word_tokenize|ner FILE...``; prints syllables and seconds (wall and CPU) as JSON.
"""
from __future__ import annotations

import json
import sys
import time

started = time.perf_counter()


def main() -> int:
    from underthesea import ner, word_tokenize

    from vnnews import load_corpus
    from vnnews.text.sentences import sentence_spans

    tool = {"word_tokenize": word_tokenize, "ner": ner}[sys.argv[1]]
    corpus = load_corpus(sys.argv[2:])
    sentences = [a.text[s:e] for a in corpus for p in a.paragraphs for s, e in sentence_spans(a.text, p.start, p.end)]
    begin, begin_cpu = time.perf_counter(), time.process_time()
    for sentence in sentences:
        tool(sentence)
    print(json.dumps({"syllables": sum(len(s.split()) for s in sentences), "tool_seconds": round(time.perf_counter() - begin, 3),
                      "tool_cpu_seconds": round(time.process_time() - begin_cpu, 3),
                      "process_seconds": round(time.perf_counter() - started, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
