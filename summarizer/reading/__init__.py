"""Reading an article without a model: who is quoted and who said it (speech, with the people
a pronoun can refer to in mentions), casualty figures and who claims them (figures), actors,
places and the operation (miner, gazetteer), and passages that address a model rather than a
reader (instructions).

`mine(text)` is the reading the checks compare a summary against; `mine_summary(text)` turns
the same reading into a summary, which is the extractive backend.
"""
