"""The privacy-notice editor's parts: item models, dialogs and the undo history."""
