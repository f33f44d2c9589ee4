"""Field copies and work done on site."""
