#pragma once

namespace wl::sources {

// What the quality score looks at, all measured over the last statistics interval.
struct QualityInputs {
    bool live = false;
    double measuredFps = 0; // frames decoded per second
    double nominalFps = 0;  // the rate the encoder stamps (from DTS spacing); 0 if unknown
    double jitterMs = 0;    // arrival jitter against media timestamps
    double lossRatio = 0;   // dropped + late frames / frames expected in the interval
    double keyframeIntervalS = 0;
    int recentReconnects = 0; // reconnects in the last minute
};

// A 0-100 figure for the director: 100 = smooth and complete, below ~60 = visibly impaired.
// Penalties: missing frame rate (up to 50), jitter (up to 20), lost frames (up to 20),
// reconnects (10 each, up to 20), long keyframe intervals (5: slow recovery after loss).
int computeQualityScore(const QualityInputs& inputs);

} // namespace wl::sources
