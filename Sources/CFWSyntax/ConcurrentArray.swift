import Dispatch

extension Array {
  /// The values `make(0)`, `make(1)`, … `make(count - 1)`, in that order, made side by side
  /// on the machine's cores. The checks and the resolver use it for work whose parts do not
  /// depend on each other; since the results keep their order, the outcome is the same as
  /// making them one after another. (Inlinable, so that it is specialised for the caller's
  /// element type: generic code through value witnesses measured slower.)
  @inlinable
  public init(concurrentlyMaking count: Int, _ make: @Sendable (Int) -> Element) {
    let slots = UnsafeMutableBufferPointer<Element?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    // Each part writes only its own slot, and the slots are read after all have finished.
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { shared[$0] = make($0) }
    self = slots.map { $0! }
  }
}
