#include "WorkerThread.h"

#include <pthread.h>

namespace wl {

void WorkerThread::start(std::string name, std::function<void(std::stop_token)> body) {
    stop();
    m_thread =
        std::jthread([name = std::move(name), body = std::move(body)](std::stop_token token) {
            pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
            body(token);
        });
}

void WorkerThread::stop() {
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_thread.join();
}

} // namespace wl
