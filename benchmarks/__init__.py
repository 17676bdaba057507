"""The performance harness: how fast the register is at 1,000 to 100,000 customers."""
