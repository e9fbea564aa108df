#pragma once

namespace wl::switcher {

// Fade to black: the black level moves 0 → 1 (or back) one step per program frame, so a fade
// of n frames shows levels 1/n … n/n. Toggling mid-fade reverses from the level reached.
class BlackLevelFader {
public:
    // Reverses the direction; the whole way takes `frames` program frames (0 = at once).
    // Returns true when now heading to black.
    bool toggle(int frames);
    void advance();

    double level() const;
    bool towardsBlack() const { return m_towardsBlack; }

private:
    // The level is step/steps so the animation hits exact fractions.
    int m_step = 0;
    int m_steps = 1;
    bool m_towardsBlack = false;
};

} // namespace wl::switcher
