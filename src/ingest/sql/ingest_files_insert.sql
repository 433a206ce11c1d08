-- Lineage of one input file: what it was, how it was read, and its accounting.
insert into ingest_files (source_file, kind, sha256, bytes, format, encoding, delimiter, header_style, rows_in, rows_loaded, rows_quarantined)
values ($source_file, $kind, $sha256, $bytes, $format, $encoding, $delimiter, $header_style, $rows_in, $rows_loaded, $rows_quarantined);
