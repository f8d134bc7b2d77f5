// The model builds on the support layer's error shape and file primitives, and hands them on.
@_exported public import CouncilPerformanceSupport
