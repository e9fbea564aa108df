#include "BlackLevelFader.h"

#include <cmath>

namespace wl::switcher {

bool BlackLevelFader::toggle(int frames) {
    m_towardsBlack = !m_towardsBlack;
    const int steps = frames < 1 ? 1 : frames;
    // Keep the level reached when the resolution changes.
    m_step = static_cast<int>(std::lround(level() * steps));
    m_steps = steps;
    if (frames < 1)
        m_step = m_towardsBlack ? m_steps : 0;
    return m_towardsBlack;
}

void BlackLevelFader::advance() {
    if (m_towardsBlack && m_step < m_steps)
        ++m_step;
    else if (!m_towardsBlack && m_step > 0)
        --m_step;
}

double BlackLevelFader::level() const {
    return static_cast<double>(m_step) / m_steps;
}

} // namespace wl::switcher
