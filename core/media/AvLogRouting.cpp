#include "AvLogRouting.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdarg>

#include "LibAv.h"
#include "MediaLog.h"

namespace wl::media {

namespace {

constexpr int kLinesPerSecond = 20;
std::atomic<int> g_maxLevel{AV_LOG_WARNING};
std::atomic<long long> g_windowSecond{0};
std::atomic<int> g_linesInWindow{0};
std::atomic<unsigned long long> g_suppressed{0};

bool admitLine() {
    const long long second = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    long long window = g_windowSecond.load();
    if (window != second && g_windowSecond.compare_exchange_strong(window, second))
        g_linesInWindow.store(0);
    if (g_linesInWindow.fetch_add(1) < kLinesPerSecond)
        return true;
    g_suppressed.fetch_add(1);
    return false;
}

void logLine(void* avClass, int level, const char* format, va_list arguments) {
    if (level > g_maxLevel.load())
        return;
    std::array<char, 1024> line{};
    int printPrefix = 1;
    av_log_format_line2(avClass, level, format, arguments, line.data(), line.size(), &printPrefix);
    std::string text(line.data());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    if (text.empty() || !admitLine())
        return;
    // Failed calls come back as Error values that their callers report; libav's own lines about
    // them are detail.
    if (level <= AV_LOG_FATAL)
        qCWarning(lcMedia, "libav: %s", text.c_str());
    else if (level <= AV_LOG_ERROR)
        qCInfo(lcMedia, "libav: %s", text.c_str());
    else
        qCDebug(lcMedia, "libav: %s", text.c_str());
}

} // namespace

void routeAvLogToQt(int maxAvLevel) {
    g_maxLevel.store(maxAvLevel);
    av_log_set_level(maxAvLevel);
    av_log_set_callback(&logLine);
}

unsigned long long avLogLinesSuppressed() {
    return g_suppressed.load();
}

} // namespace wl::media
