"""The record of processing activities (GDPR Art. 30): built from the notice's facts."""
