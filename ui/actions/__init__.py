"""Actions on the selected devices of the assets page: the action type (`base`), each area's actions
(`custody`, `eol`, `labels`) and the end-of-life dialogs they open. The list is built by the composition
root (`main.asset_actions`), so no module here imports another area's."""
