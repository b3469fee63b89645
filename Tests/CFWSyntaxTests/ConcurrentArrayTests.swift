import CFWSyntax
import Testing

/// Values made side by side come back in order, each made once.
@Suite struct ConcurrentArrayTests {
  @Test(arguments: [0, 1, 2, 7, 1000])
  func valuesKeepTheirOrder(count: Int) {
    let values = [String](concurrentlyMaking: count) { "value \($0)" }
    #expect(values == (0..<count).map { "value \($0)" })
  }
}
