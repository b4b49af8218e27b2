"""Exports: pure functions from the export document to text in each format.

`document.build(catalog)` gathers the read models once; each module here renders that
document in one format (`json_doc`, `csv_acled`, `markdown`, `ics`, `timelinejs`, `prov`,
`html_page`). Nothing here reads the store or the clock.
"""
