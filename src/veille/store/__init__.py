"""The DuckDB store: schema migrations, writes per batch, queries and exports."""
