"""The employee's preparation form: written as a fillable PDF, read back with pypdf."""
