"""Plain-Python domain: enums, value objects, the lifecycle state machine, policies and errors."""
