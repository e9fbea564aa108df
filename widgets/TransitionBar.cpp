#include "TransitionBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

#include "Theme.h"

namespace wl::widgets {

namespace {
constexpr int kTbarSteps = 1000;
const int kDurationsMs[] = {250, 500, 750, 1000, 1500, 2000, 3000};

QPushButton* bigButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setMinimumSize(72, 40);
    // Buttons never keep the keyboard focus: the hotkeys stay with the director.
    button->setFocusPolicy(Qt::NoFocus);
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    return button;
}
} // namespace

TransitionBar::TransitionBar(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_studio =
        bigButton(tr("STUDIO"), tr("Studio mode: click previews, take puts it on air"), this);
    m_direct = bigButton(tr("DIRECT"), tr("Direct mode: click cuts straight to program"), this);
    for (QPushButton* button : {m_studio, m_direct})
        button->setCheckable(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_studio);
    modes->addButton(m_direct);
    m_studio->setChecked(true);
    layout->addWidget(m_studio);
    layout->addWidget(m_direct);
    layout->addSpacing(16);

    m_cut = bigButton(tr("CUT"), tr("Cut the preview to program (Space)"), this);
    m_auto = bigButton(tr("AUTO"), tr("Transition the preview to program (Enter)"), this);
    layout->addWidget(m_cut);
    layout->addWidget(m_auto);

    m_type = new QComboBox(this);
    m_type->addItem(tr("Mix"), static_cast<int>(switcher::TransitionType::Mix));
    m_type->addItem(tr("Dip to black"), static_cast<int>(switcher::TransitionType::Dip));
    m_type->addItem(tr("Wipe"), static_cast<int>(switcher::TransitionType::Wipe));
    m_type->setToolTip(tr("Transition type for AUTO and the T-bar"));
    m_duration = new QComboBox(this);
    for (int ms : kDurationsMs)
        m_duration->addItem(tr("%1 s").arg(ms / 1000.0, 0, 'g', 3), ms);
    m_duration->setCurrentIndex(1);
    m_duration->setToolTip(tr("Transition duration"));
    for (QComboBox* box : {m_type, m_duration}) {
        box->setFocusPolicy(Qt::NoFocus);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                emit transitionChanged(transition());
        });
        layout->addWidget(box);
    }
    layout->addSpacing(16);

    auto* tbarLabel = new QLabel(tr("T-bar"), this);
    tbarLabel->setStyleSheet(QStringLiteral("color: #8a8f98;"));
    layout->addWidget(tbarLabel);
    m_tbar = new QSlider(Qt::Horizontal, this);
    m_tbar->setRange(0, kTbarSteps);
    m_tbar->setMinimumWidth(160);
    m_tbar->setToolTip(tr("Drag to run the transition by hand"));
    m_tbar->setFocusPolicy(Qt::ClickFocus);
    connect(m_tbar, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating)
            emit tbarMoved(static_cast<double>(value) / kTbarSteps);
    });
    // A finished manual transition leaves the preview on air: the handle goes home for the next.
    connect(m_tbar, &QSlider::sliderReleased, this, [this] {
        if (m_tbar->value() >= kTbarSteps) {
            m_updating = true;
            m_tbar->setValue(0);
            m_updating = false;
        }
    });
    layout->addWidget(m_tbar, 1);
    layout->addSpacing(16);

    m_ftb = bigButton(tr("FTB"), tr("Fade to black, or back from black (F)"), this);
    layout->addWidget(m_ftb);

    connect(m_cut, &QPushButton::clicked, this, &TransitionBar::cutRequested);
    connect(m_auto, &QPushButton::clicked, this, &TransitionBar::autoRequested);
    connect(m_ftb, &QPushButton::clicked, this, &TransitionBar::fadeToBlackRequested);
    connect(m_studio, &QPushButton::clicked, this,
            [this] { emit modeRequested(switcher::SwitcherMode::Studio); });
    connect(m_direct, &QPushButton::clicked, this,
            [this] { emit modeRequested(switcher::SwitcherMode::Direct); });

    m_blink.setInterval(400);
    connect(&m_blink, &QTimer::timeout, this, [this] { setFtbLit(!m_ftbLit); });
    setFtbLit(false);
}

switcher::TransitionSpec TransitionBar::transition() const {
    switcher::TransitionSpec spec;
    spec.type = static_cast<switcher::TransitionType>(m_type->currentData().toInt());
    spec.durationMs = m_duration->currentData().toInt();
    return spec;
}

void TransitionBar::setFtbLit(bool lit) {
    m_ftbLit = lit;
    m_ftb->setStyleSheet(lit ? QStringLiteral("background-color: %1; color: white;")
                                   .arg(Theme::programTally().name())
                             : QString());
}

void TransitionBar::setSnapshot(const switcher::SwitcherSnapshot& snapshot) {
    m_updating = true;
    const bool studio = snapshot.mode == switcher::SwitcherMode::Studio;
    m_studio->setChecked(studio);
    m_direct->setChecked(!studio);
    // Take and T-bar need a preview; they mean nothing in direct mode.
    m_cut->setEnabled(studio);
    m_auto->setEnabled(studio);
    m_tbar->setEnabled(studio);
    if (!m_tbar->isSliderDown())
        m_tbar->setValue(snapshot.transitionTarget
                             ? static_cast<int>(snapshot.transitionPosition * kTbarSteps)
                             : 0);
    const int type = m_type->findData(static_cast<int>(snapshot.defaultTransition.type));
    if (type >= 0 && snapshot.defaultTransition.type != switcher::TransitionType::Cut)
        m_type->setCurrentIndex(type);
    const int duration = m_duration->findData(snapshot.defaultTransition.durationMs);
    if (duration >= 0)
        m_duration->setCurrentIndex(duration);
    m_updating = false;

    if (snapshot.fadedToBlack != m_black) {
        m_black = snapshot.fadedToBlack;
        if (m_black) {
            m_blink.start();
            setFtbLit(true);
        } else {
            m_blink.stop();
            setFtbLit(false);
        }
    }
}

} // namespace wl::widgets
