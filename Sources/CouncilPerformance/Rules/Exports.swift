// The rules are pure functions of the model, and hand the model on to their users.
@_exported public import CouncilPerformanceModel
