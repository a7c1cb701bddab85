"""PDF documents built in memory from domain objects. No Qt, no files."""
