"""Reading inputs: files, folders, JSON Lines, feeds and WARC archives into `Article`s."""
