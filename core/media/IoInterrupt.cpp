#include "IoInterrupt.h"

#include <algorithm>

#include "LibAv.h"

namespace wl::media {

void IoInterrupt::requestAbort() {
    m_abort.store(true);
}

void IoInterrupt::abortAt(Clock::time_point deadline) {
    const std::int64_t ticks = toTicks(deadline);
    std::int64_t current = m_abortDeadline.load();
    while (ticks < current && !m_abortDeadline.compare_exchange_weak(current, ticks)) {
    }
}

void IoInterrupt::reset() {
    m_abort.store(false);
    m_abortDeadline.store(kNever);
    m_operationDeadline.store(kNever);
}

void IoInterrupt::setOperationDeadline(Clock::time_point deadline) {
    m_operationDeadline.store(toTicks(deadline));
}

void IoInterrupt::clearOperationDeadline() {
    m_operationDeadline.store(kNever);
}

bool IoInterrupt::abortRequested() const {
    return m_abort.load() || m_abortDeadline.load() != kNever;
}

bool IoInterrupt::shouldInterrupt() const {
    if (m_abort.load())
        return true;
    const std::int64_t earliest = std::min(m_abortDeadline.load(), m_operationDeadline.load());
    return earliest != kNever && toTicks(Clock::now()) >= earliest;
}

AVIOInterruptCB IoInterrupt::callback() {
    return AVIOInterruptCB{&IoInterrupt::check, this};
}

int IoInterrupt::check(void* opaque) {
    return static_cast<const IoInterrupt*>(opaque)->shouldInterrupt() ? 1 : 0;
}

std::int64_t IoInterrupt::toTicks(Clock::time_point time) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
}

} // namespace wl::media
