#pragma once

#include "ProgramEncoder.h"
#include "switcher/ProgramFrameSink.h"

namespace wl::output {

// Hands the program engine's frames to the program encoder (both return at once).
class EncoderFrameSink : public switcher::ProgramFrameSink {
public:
    explicit EncoderFrameSink(ProgramEncoder& encoder)
        : m_encoder(encoder) {}

    void programVideo(const media::Frame& frame, switcher::ProgramTime) override {
        m_encoder.submitVideo(frame);
    }
    void programAudio(const media::Frame& frame, switcher::ProgramTime) override {
        m_encoder.submitAudio(frame);
    }

private:
    ProgramEncoder& m_encoder;
};

} // namespace wl::output
