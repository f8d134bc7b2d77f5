// Data sources build the model, and hand it on to their users.
@_exported public import CouncilPerformanceModel
