"""Generated from ui/*.ui by pyside6-uic (`./dev forms`). Do not edit these files."""
