#pragma once

#include <QColor>

class QApplication;

namespace wl::widgets {

// The director's dark theme and its tally colours, in one place so every widget (and the tests
// that check painted pixels) agree on them.
class Theme {
public:
    static QColor background() { return {0x0d, 0x0f, 0x12}; }
    static QColor panel() { return {0x1a, 0x1d, 0x22}; }
    static QColor videoBackground() { return {0x14, 0x16, 0x1a}; }
    static QColor text() { return {0xe8, 0xea, 0xed}; }
    static QColor dimText() { return {0x8a, 0x8f, 0x98}; }
    static QColor programTally() { return {0xe5, 0x1c, 0x23}; } // red: on air
    static QColor previewTally() { return {0x1f, 0xc1, 0x4b}; } // green: next
    static QColor live() { return {0x2e, 0xb8, 0x4b}; }
    static QColor warning() { return {0xf2, 0xa9, 0x00}; }
    static QColor error() { return {0xd9, 0x3a, 0x2b}; }
    static QColor idleBorder() { return {0x3a, 0x3f, 0x47}; }
    static constexpr int kTallyWidth = 5;

    // Fusion style with the dark palette, for the whole application.
    static void apply(QApplication& app);
};

} // namespace wl::widgets
