#include "QualityScore.h"

#include <algorithm>
#include <cmath>

namespace wl::sources {

int computeQualityScore(const QualityInputs& inputs) {
    if (!inputs.live)
        return 0;
    double score = 100.0;
    if (inputs.nominalFps > 0) {
        const double ratio = std::clamp(inputs.measuredFps / inputs.nominalFps, 0.0, 1.0);
        // A few percent of rate noise is normal measurement granularity, not a problem.
        const double missing = std::max(0.0, (1.0 - ratio) - 0.03);
        score -= 50.0 * std::min(1.0, missing / 0.97);
    }
    score -= 20.0 * std::clamp((inputs.jitterMs - 10.0) / 90.0, 0.0, 1.0);
    score -= 20.0 * std::clamp(inputs.lossRatio * 5.0, 0.0, 1.0);
    score -= std::min(20.0, 10.0 * inputs.recentReconnects);
    if (inputs.keyframeIntervalS > 4.0)
        score -= 5.0;
    return static_cast<int>(std::lround(std::clamp(score, 0.0, 100.0)));
}

} // namespace wl::sources
