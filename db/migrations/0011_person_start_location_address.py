"""0011: a person's start date and a location's postal address (issue 13).

- `person.started_on`: read from HR files and Snipe-IT's users export (`Start Date`), shown on the people
  page and in the person form. Null for people recorded before, or without a start date in their file.
- `location.address`: the postal address of a site, read from Snipe-IT's locations export (address, address
  2, zip, city, state, country joined in one text). Empty for the locations recorded before.
"""

from peewee import *


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("person", "started_on", DateField(null=True)),
        migrator.add_column("location", "address", TextField(default="", constraints=[SQL("DEFAULT ''")])),
    )


def down(migrator, db):
    migrator.migrate(migrator.drop_column("person", "started_on"), migrator.drop_column("location", "address"))
