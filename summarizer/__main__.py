from summarizer.cli import run

run()
