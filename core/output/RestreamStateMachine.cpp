#include "RestreamStateMachine.h"

namespace wl::output {

RestreamStateMachine::RestreamStateMachine(const RestreamSettings& settings)
    : m_backoff(settings.backoffInitial, settings.backoffMax, settings.maxFailures) {
}

bool RestreamStateMachine::shouldConnect(bool wanted, std::int64_t nowUs) const {
    if (!wanted || m_status == RestreamStatus::Failed || m_status == RestreamStatus::Live)
        return false;
    return m_retryAtUs < 0 || nowUs >= m_retryAtUs;
}

void RestreamStateMachine::attemptStarted() {
    if (m_afterFailure) {
        m_status = RestreamStatus::Reconnecting;
        ++m_reconnects;
    } else {
        m_status = RestreamStatus::Connecting;
    }
    m_retryAtUs = -1;
}

void RestreamStateMachine::connected(std::int64_t nowUs) {
    m_status = RestreamStatus::Live;
    m_backoff.succeeded();
    m_liveSinceUs = nowUs;
    m_retryAtUs = -1;
}

RestreamStatus RestreamStateMachine::failed(std::string error, bool permanent, std::int64_t nowUs) {
    m_lastError = std::move(error);
    m_liveSinceUs = -1;
    m_afterFailure = true;
    const auto delay = m_backoff.failed();
    if (permanent || m_backoff.exhausted()) {
        m_status = RestreamStatus::Failed;
        m_retryAtUs = -1;
        return m_status;
    }
    m_status = RestreamStatus::Reconnecting;
    m_retryAtUs = nowUs + std::chrono::duration_cast<std::chrono::microseconds>(delay).count();
    return m_status;
}

void RestreamStateMachine::stopped() {
    m_liveSinceUs = -1;
    m_retryAtUs = -1;
    m_afterFailure = false;
    m_backoff.succeeded();
    if (m_status != RestreamStatus::Failed)
        m_status = RestreamStatus::Idle;
}

void RestreamStateMachine::enable() {
    if (m_status == RestreamStatus::Failed) {
        m_status = RestreamStatus::Idle;
        m_backoff.succeeded();
        m_afterFailure = false;
        m_retryAtUs = -1;
    }
}

} // namespace wl::output
