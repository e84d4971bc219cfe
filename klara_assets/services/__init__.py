"""Use cases: one transaction each; they return `Changes` or values and raise typed errors."""
