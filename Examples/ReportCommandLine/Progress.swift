import Foundation
import Synchronization

/// Progress on standard error for runs longer than about a second: what the run is doing (loading a
/// folder's files, rating, rendering, writing), then how long it has taken, every few seconds.
///
/// Silent when standard error is not a terminal or the user asked for quiet, so logs and pipes stay
/// clean; a short run prints nothing at all.
///
/// ```swift
/// let progress = Progress(command: "council-report", enabled: Progress.isWanted(quiet: false))
/// progress.stage("loading data/leeds (12 files, 210 MB)")
/// defer { progress.finish() }
/// ```
public final class Progress: Sendable {
    private struct State {
        var stage = ""
        var shownStage = ""
        var lastShown: ContinuousClock.Instant?
        var finished = false
    }

    #if DEBUG
    private static let isDebugBuild = true
    #else
    private static let isDebugBuild = false
    #endif

    private let command: String
    private let enabled: Bool
    private let started = ContinuousClock.now
    private let state = Mutex(State())

    /// Whether progress should be shown: standard error is a terminal and the user did not ask for quiet.
    ///
    /// - Parameter quiet: Whether `--quiet` was given.
    /// - Returns: Whether to show progress.
    public static func isWanted(quiet: Bool) -> Bool {
        !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Creates a progress display, which starts showing after a second.
    ///
    /// - Parameters:
    ///   - command: The command's name, which starts each line.
    ///   - enabled: Whether to show anything.
    public init(command: String, enabled: Bool) {
        self.command = command
        self.enabled = enabled
        guard enabled else { return }
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                guard tick() else { return }
            }
        }
    }

    /// Says what the run is doing now.
    ///
    /// - Parameter text: Such as `rendering dashboard (1 of 4)`.
    public func stage(_ text: String) {
        guard enabled else { return }
        state.withLock { $0.stage = text }
        _ = tick()
    }

    /// Ends the display; prints the total time if anything was shown.
    public func finish() {
        guard enabled else { return }
        let shown = state.withLock { state in
            defer { state.finished = true }
            return !state.finished && state.lastShown != nil
        }
        if shown { write("done in \(seconds()) s") }
    }

    /// Prints the stage when it is new or every five seconds, once the run has taken a second; returns
    /// `false` once finished.
    private func tick() -> Bool {
        let now = ContinuousClock.now
        guard now - started >= .seconds(1) else { return true }
        let line: String? = state.withLock { state in
            guard !state.finished else { return nil }
            let due = state.lastShown.map { now - $0 >= .seconds(5) } ?? true
            guard state.stage != state.shownStage || due else { return "" }
            let first = state.lastShown == nil
            state.shownStage = state.stage
            state.lastShown = now
            var text = "\(state.stage) (\(seconds()) s)"
            if first && Self.isDebugBuild {
                text += "; this is a debug build: `swift build -c release` runs several times faster"
            }
            return text
        }
        guard let line else { return false }
        if !line.isEmpty { write(line) }
        return true
    }

    private func seconds() -> Int {
        Int((ContinuousClock.now - started).components.seconds)
    }

    private func write(_ line: String) {
        FileHandle.standardError.write(Data("\(command): \(line)\n".utf8))
    }
}
