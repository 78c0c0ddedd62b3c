"""Month and weekday names, as regular-expression alternatives.

The reader meets them in several places: a date is no count ("26 August"), a time phrase
is no speaker ("On Tuesday Trump said"), a weekday is no place ("in Monday's attack"). One
spelling of the lists serves all of them.
"""

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
# as abbreviated in datelines and by news agencies ("26 AUG 88", "Oct. 7, 2023")
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
