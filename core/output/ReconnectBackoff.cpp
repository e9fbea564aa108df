#include "ReconnectBackoff.h"

#include <algorithm>

namespace wl::output {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds cap,
                                   int maxFailures)
    : m_initial(std::max(initial, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_initial))
    , m_maxFailures(maxFailures) {
}

std::chrono::milliseconds ReconnectBackoff::failed() {
    std::chrono::milliseconds delay = m_initial;
    // Doubling stops at the cap, so large failure counts never overflow.
    for (int i = 0; i < m_failures && delay < m_cap; ++i)
        delay *= 2;
    ++m_failures;
    return std::min(delay, m_cap);
}

} // namespace wl::output
