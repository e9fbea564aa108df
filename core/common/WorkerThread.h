#pragma once

#include <functional>
#include <stop_token>
#include <string>
#include <thread>

namespace wl {

// A named thread whose owner starts it with a worker's run function and joins it on stop() or
// destruction. Only owners (the Session) create these; workers never start threads themselves.
class WorkerThread {
public:
    WorkerThread() = default;
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;
    WorkerThread(WorkerThread&&) = default;
    WorkerThread& operator=(WorkerThread&&) = default;
    ~WorkerThread() { stop(); }

    // `name` is shown by top/gdb (at most 15 characters are kept).
    void start(std::string name, std::function<void(std::stop_token)> body);
    // Requests a stop through the stop token and waits for the thread to end.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    std::stop_source stopSource() { return m_thread.get_stop_source(); }

private:
    std::jthread m_thread;
};

} // namespace wl
