@testable import BylineTerminal
import Glibc
import XCTest

/// The stop signals reach the run loop through the self-pipe, in order, and uninstalling puts
/// back whatever handled them before. Runs in the test process: handlers are installed for the
/// duration of one test only.
final class SignalTrapTests: XCTestCase {
    private func currentHandler(_ signal: Int32) -> UnsafeMutableRawPointer? {
        var action = sigaction()
        sigaction(signal, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: UnsafeMutableRawPointer?.self)
    }

    func testStopSignalsArriveThroughThePipeAndUninstallRestoresHandlers() throws {
        let before = [SIGINT, SIGTERM, SIGHUP, SIGSEGV].map(currentHandler)
        let devNull = open("/dev/null", O_WRONLY)
        defer { close(devNull) }
        try SignalTrap.install(outputFD: devNull, modesFD: -1, shellModes: nil, restoreSequence: Array("reset".utf8))
        XCTAssertNil(SignalTrap.takeSignal())
        var wake = pollfd(fd: SignalTrap.wakeDescriptor, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&wake, 1, 0), 0, "the pipe is readable before any signal")
        raise(SIGTERM)
        XCTAssertEqual(poll(&wake, 1, 1000), 1, "a signal must wake a poll on the pipe")
        XCTAssertEqual(SignalTrap.takeSignal(), SIGTERM)
        XCTAssertNil(SignalTrap.takeSignal())
        SignalTrap.uninstall()
        XCTAssertEqual([SIGINT, SIGTERM, SIGHUP, SIGSEGV].map(currentHandler), before)
    }
}
