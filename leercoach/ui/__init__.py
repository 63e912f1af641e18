"""The Qt Widgets front end. Everything here talks to the data through ``Session``."""
