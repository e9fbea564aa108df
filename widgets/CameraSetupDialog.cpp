#include "CameraSetupDialog.h"

#include <algorithm>

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ConnectCameraDialog.h"
#include "WidgetsLog.h"
#include "session/NetworkAddresses.h"
#include "session/Session.h"

namespace wl::widgets {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

CameraSetupDialog::CameraSetupDialog(EventConfig config, QString eventConfigPath, quint16 rtmpPort,
                                     QWidget* parent)
    : QDialog(parent)
    , m_setup(std::move(config))
    , m_path(std::move(eventConfigPath))
    , m_rtmpPort(rtmpPort) {
    setWindowTitle(tr("Cameras"));

    m_count = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setToolTip(tr("Drag a camera to change its number (its hotkey)."));
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &CameraSetupDialog::onRowsMoved);
    connect(m_list, &QListWidget::currentRowChanged, this, &CameraSetupDialog::showSelected);

    m_nameField = new QLineEdit(this);
    m_nameField->setPlaceholderText(tr("Camera name, e.g. Stage left"));
    m_nameField->setMaxLength(CameraSetup::kMaxNameLength + 1); // one more, so "too long" shows
    m_addButton = new QPushButton(tr("Add"), this);
    m_renameButton = new QPushButton(tr("Rename"), this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_keyButton = new QPushButton(tr("New stream key"), this);
    m_connectButton = new QPushButton(tr("Connect a camera…"), this);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addCamera(m_nameField->text()); });
    connect(m_renameButton, &QPushButton::clicked, this,
            [this] { renameSelected(m_nameField->text()); });
    connect(m_removeButton, &QPushButton::clicked, this, &CameraSetupDialog::removeSelected);
    connect(m_keyButton, &QPushButton::clicked, this, &CameraSetupDialog::regenerateSelectedKey);
    connect(m_connectButton, &QPushButton::clicked, this, &CameraSetupDialog::openConnect);
    connect(m_nameField, &QLineEdit::returnPressed, this,
            [this] { addCamera(m_nameField->text()); });

    m_keyLabel = new QLabel(this);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_audioMode = new QComboBox(this);
    m_audioMode->addItem(tr("Follow video"), QStringLiteral("follow"));
    m_audioMode->addItem(tr("Always on"), QStringLiteral("always"));
    m_audioMode->addItem(tr("Off"), QStringLiteral("off"));
    m_gain = new QDoubleSpinBox(this);
    m_gain->setRange(-60, 20);
    m_gain->setSingleStep(0.5);
    m_gain->setSuffix(tr(" dB"));
    m_delay = new QSpinBox(this);
    m_delay->setRange(0, 1000);
    m_delay->setSingleStep(10);
    m_delay->setSuffix(tr(" ms"));
    m_priority = new QSpinBox(this);
    m_priority->setMinimum(1);
    m_priority->setToolTip(tr("1 = the first camera the program falls back to when the program "
                              "camera is lost."));
    connect(m_audioMode, &QComboBox::currentIndexChanged, this, &CameraSetupDialog::onAudioEdited);
    connect(m_gain, &QDoubleSpinBox::valueChanged, this, &CameraSetupDialog::onAudioEdited);
    connect(m_delay, &QSpinBox::valueChanged, this, &CameraSetupDialog::onAudioEdited);
    connect(m_priority, &QSpinBox::valueChanged, this, &CameraSetupDialog::onPriorityEdited);

    m_cameraBox = new QGroupBox(tr("Selected camera"), this);
    auto* form = new QFormLayout(m_cameraBox);
    form->addRow(tr("Stream key"), m_keyLabel);
    form->addRow(tr("Audio"), m_audioMode);
    form->addRow(tr("Gain"), m_gain);
    form->addRow(tr("Delay"), m_delay);
    form->addRow(tr("Failover priority"), m_priority);

    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameField, 1);
    nameRow->addWidget(m_addButton);
    nameRow->addWidget(m_renameButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_removeButton);
    actions->addWidget(m_keyButton);
    actions->addStretch();
    actions->addWidget(m_connectButton);

    auto* right = new QVBoxLayout;
    right->addLayout(nameRow);
    right->addLayout(actions);
    right->addWidget(m_cameraBox);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_count);
    left->addWidget(m_list);
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    rebuildList(m_setup.cameras().isEmpty() ? QString() : m_setup.cameras().front().id);
}

CameraSetupDialog* CameraSetupDialog::forSession(Session& session, QWidget* parent) {
    auto* dialog = new CameraSetupDialog(session.config(), session.eventConfigPath(),
                                         session.rtmpPort(), parent);
    connect(dialog, &CameraSetupDialog::configChanged, &session,
            [dialog, &session](const EventConfig& config) {
                if (auto applied = session.applyConfig(config); !applied) {
                    qCWarning(lcWidgets).noquote()
                        << "camera set-up not applied:"
                        << QString::fromStdString(applied.error().toString());
                    dialog->showError(tr("Saved, but the running cameras did not follow: %1. "
                                         "Restart the app to use the new set-up.")
                                          .arg(QString::fromStdString(applied.error().message)));
                }
            });
    return dialog;
}

QString CameraSetupDialog::selectedId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void CameraSetupDialog::selectCamera(const QString& id) {
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

QString CameraSetupDialog::message() const {
    return m_message->text();
}

QString CameraSetupDialog::countText() const {
    return m_count->text();
}

void CameraSetupDialog::rebuildList(const QString& selectId) {
    m_updating = true;
    m_list->clear();
    const auto& cameras = m_setup.cameras();
    for (int i = 0; i < cameras.size(); ++i) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(i + 1).arg(cameras[i].name));
        item->setData(kIdRole, cameras[i].id);
        item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
        m_list->addItem(item);
    }
    m_count->setText(tr("Cameras: %1/%2").arg(cameras.size()).arg(EventConfig::kMaxCameras));
    m_addButton->setEnabled(!m_setup.isFull());
    m_addButton->setToolTip(m_setup.isFull() ? tr("Five cameras is the most this app takes.")
                                             : QString());
    m_updating = false;
    selectCamera(selectId);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void CameraSetupDialog::showSelected() {
    if (m_updating)
        return;
    const QString id = selectedId();
    const CameraConfig* camera = m_setup.config().cameraById(id);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_cameraBox, m_renameButton, m_removeButton, m_keyButton, m_connectButton})
        widget->setEnabled(camera != nullptr);
    if (!camera)
        return;
    m_updating = true;
    m_nameField->setText(camera->name);
    m_keyLabel->setText(camera->streamKey);
    m_audioMode->setCurrentIndex(std::max(0, m_audioMode->findData(camera->audioMode)));
    m_gain->setValue(camera->gainDb);
    m_delay->setValue(camera->delayMs);
    const QStringList order = m_setup.failoverOrder();
    m_priority->setMaximum(std::max(1, static_cast<int>(order.size())));
    m_priority->setValue(static_cast<int>(order.indexOf(id)) + 1);
    m_updating = false;
}

void CameraSetupDialog::showError(const QString& text) {
    m_message->setStyleSheet(QStringLiteral("color: #e5533d; font-weight: bold;"));
    m_message->setText(text);
}

void CameraSetupDialog::showInfo(const QString& text) {
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

bool CameraSetupDialog::commit(const QString& info) {
    // Only the cameras are ours: what another dialog saved meanwhile (e.g. settings) is kept.
    auto onDisk = EventConfig::loadOrCreate(m_path);
    if (!onDisk) { // edited by hand meanwhile: never overwrite what cannot be read
        showError(tr("event.json cannot be read, so nothing was saved: %1")
                      .arg(QString::fromStdString(onDisk.error().toString())));
        return false;
    }
    EventConfig merged = *onDisk;
    merged.cameras = m_setup.cameras();
    merged.switcher.failoverPriority = m_setup.config().switcher.failoverPriority;
    if (auto saved = merged.save(m_path); !saved) {
        qCWarning(lcWidgets).noquote()
            << "event.json not saved:" << QString::fromStdString(saved.error().toString());
        showError(
            tr("Could not save event.json: %1").arg(QString::fromStdString(saved.error().message)));
        return false;
    }
    showInfo(info);
    emit configChanged(merged);
    return true;
}

QString CameraSetupDialog::nameProblem(const QString& name, const QString& exceptId) const {
    switch (m_setup.checkName(name, exceptId)) {
    case CameraSetup::NameCheck::Ok:
        return {};
    case CameraSetup::NameCheck::Empty:
        return tr("Please type a name for the camera.");
    case CameraSetup::NameCheck::TooLong:
        return tr("A camera name can have at most %1 characters.").arg(CameraSetup::kMaxNameLength);
    case CameraSetup::NameCheck::Duplicate:
        return tr("Another camera is already called “%1”. Please choose a different name.")
            .arg(name.trimmed());
    }
    return {};
}

QString CameraSetupDialog::describe(const Error& error) const {
    switch (error.code) {
    case ErrorCode::LimitExceeded:
        return tr("You already have %1 cameras, the most this app can take. Remove one first.")
            .arg(EventConfig::kMaxCameras);
    case ErrorCode::NotFound:
        return tr("That camera no longer exists.");
    default:
        return QString::fromStdString(error.message);
    }
}

bool CameraSetupDialog::addCamera(const QString& name) {
    if (m_setup.isFull()) {
        showError(describe(makeError(ErrorCode::LimitExceeded, {})));
        return false;
    }
    if (const QString problem = nameProblem(name, {}); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    auto id = m_setup.add(name);
    if (!id) {
        showError(describe(id.error()));
        return false;
    }
    rebuildList(*id);
    return commit(
        tr("Added “%1”. Open “Connect a camera…” to set up the phone or OBS.").arg(name.trimmed()));
}

bool CameraSetupDialog::renameSelected(const QString& name) {
    const QString id = selectedId();
    if (const QString problem = nameProblem(name, id); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    if (auto renamed = m_setup.rename(id, name); !renamed) {
        showError(describe(renamed.error()));
        return false;
    }
    rebuildList(id);
    return commit(tr("Renamed to “%1”.").arg(name.trimmed()));
}

bool CameraSetupDialog::removeSelected() {
    const QString id = selectedId();
    const CameraConfig* camera = m_setup.config().cameraById(id);
    const QString name = camera ? camera->name : QString();
    if (auto removed = m_setup.remove(id); !removed) {
        showError(describe(removed.error()));
        return false;
    }
    rebuildList({});
    return commit(tr("Removed “%1”.").arg(name));
}

bool CameraSetupDialog::regenerateSelectedKey() {
    const QString id = selectedId();
    if (auto key = m_setup.regenerateKey(id); !key) {
        showError(describe(key.error()));
        return false;
    }
    rebuildList(id);
    return commit(tr("New stream key made: the camera must be set up again with it."));
}

bool CameraSetupDialog::moveCamera(int from, int to) {
    // Through the list's model, exactly as a drag and drop moves the row.
    const int destination = to > from ? to + 1 : to;
    return m_list->model()->moveRow(QModelIndex(), from, QModelIndex(), destination);
}

void CameraSetupDialog::onRowsMoved() {
    if (m_updating)
        return;
    const QString keep = selectedId();
    // The list now shows the wanted order; bring the configuration in line, one move at a time.
    for (int row = 0; row < m_list->count(); ++row) {
        const QString id = m_list->item(row)->data(kIdRole).toString();
        int at = -1;
        for (int i = 0; i < m_setup.cameras().size(); ++i) {
            if (m_setup.cameras()[i].id == id)
                at = i;
        }
        if (at >= 0 && at != row)
            (void)m_setup.move(at, row);
    }
    // Renumber after the view has finished its own move.
    QMetaObject::invokeMethod(
        this, [this, keep] { rebuildList(keep); }, Qt::QueuedConnection);
    commit(tr("Order changed: the numbers are the hotkeys."));
}

void CameraSetupDialog::onAudioEdited() {
    if (m_updating)
        return;
    const QString id = selectedId();
    auto set = m_setup.setAudio(id, m_audioMode->currentData().toString(), m_gain->value(),
                                m_delay->value());
    if (!set) {
        showError(describe(set.error()));
        return;
    }
    commit(tr("Audio settings saved."));
}

void CameraSetupDialog::onPriorityEdited(int rank) {
    if (m_updating)
        return;
    const QString id = selectedId();
    QStringList order = m_setup.failoverOrder();
    order.removeAll(id);
    order.insert(std::clamp(rank - 1, 0, static_cast<int>(order.size())), id);
    if (auto set = m_setup.setFailoverPriority(order); !set) {
        showError(describe(set.error()));
        return;
    }
    QStringList names;
    for (const QString& cameraId : order) {
        const CameraConfig* camera = m_setup.config().cameraById(cameraId);
        names << (camera ? camera->name : cameraId);
    }
    commit(tr("Failover order: %1.").arg(names.join(QStringLiteral(", "))));
}

void CameraSetupDialog::openConnect() {
    const CameraConfig* camera = m_setup.config().cameraById(selectedId());
    if (!camera)
        return;
    auto* dialog = new ConnectCameraDialog(camera->name, camera->streamKey,
                                           NetworkAddresses::lanAddresses(), m_rtmpPort, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace wl::widgets
