#include "StreamName.h"

namespace wl::rtmp {

StreamName StreamName::split(std::string_view text) {
    StreamName name;
    const auto question = text.find('?');
    std::string_view path = text.substr(0, question);
    if (question != std::string_view::npos)
        name.query = std::string(text.substr(question + 1));
    while (!path.empty() && path.front() == '/')
        path.remove_prefix(1);
    while (!path.empty() && path.back() == '/')
        path.remove_suffix(1);
    name.path = std::string(path);
    return name;
}

} // namespace wl::rtmp
