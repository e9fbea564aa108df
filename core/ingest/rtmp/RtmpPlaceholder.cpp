namespace wl::rtmp {}
