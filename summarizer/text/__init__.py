"""The text layer shared by the reader and the checks: normalising text for comparison
(normalize), grounding a phrase to character offsets (align), paragraphs and sentences
(segment), count phrases and the numbers they give (counts), quotation marks (quotemarks),
datelines (datelines), and what a person's name looks like, which gender it shows and when
two names are one person (people, gender, names). Every regular expression of the package
is compiled through `patterns`, which keeps the compiled code between runs (in `disk_cache`,
with the gender table).

Nothing here knows about summaries or about what an article reports; the reader
(`summarizer.reading`) and the checks (`summarizer.check`) both read text through it, so a
phrase is never understood one way when mined and another way when checked.
"""
