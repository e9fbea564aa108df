#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wl::widgets {

ShortcutsDialog::ShortcutsDialog(HotkeyMap& map, QSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_map(map)
    , m_settings(settings)
    , m_actions(HotkeyMap::actions()) {
    setWindowTitle(tr("Keyboard shortcuts"));
    for (const HotkeyAction& action : m_actions)
        m_keys.insert(action.id, m_map.key(action.id));

    m_table = new QTableWidget(static_cast<int>(m_actions.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Key")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_editor = new QKeySequenceEdit(this);
    auto* assignButton = new QPushButton(tr("Assign"), this);
    auto* clearButton = new QPushButton(tr("No key"), this);
    auto* resetButton = new QPushButton(tr("Reset to defaults"), this);
    connect(assignButton, &QPushButton::clicked, this,
            [this] { assign(selectedId(), m_editor->keySequence()); });
    connect(m_editor, &QKeySequenceEdit::editingFinished, this,
            [this] { assign(selectedId(), m_editor->keySequence()); });
    connect(clearButton, &QPushButton::clicked, this, [this] { clearKey(selectedId()); });
    connect(resetButton, &QPushButton::clicked, this, &ShortcutsDialog::resetToDefaults);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_editor->setKeySequence(m_keys.value(selectedId())); });

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("New key:"), this));
    editRow->addWidget(m_editor, 1);
    editRow->addWidget(assignButton);
    editRow->addWidget(clearButton);
    editRow->addWidget(resetButton);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    // Our own words, so that the buttons follow the UI language like the rest.
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 520);
    fillTable();
    m_table->selectRow(0);
}

void ShortcutsDialog::fillTable() {
    for (int row = 0; row < m_actions.size(); ++row) {
        const HotkeyAction& action = m_actions[row];
        auto* label = new QTableWidgetItem(action.label);
        label->setData(Qt::UserRole, action.id);
        m_table->setItem(row, 0, label);
        const QKeySequence key = m_keys.value(action.id);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(key.isEmpty()
                                                  ? tr("(none)")
                                                  : key.toString(QKeySequence::NativeText)));
    }
}

QString ShortcutsDialog::selectedId() const {
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ShortcutsDialog::labelOf(const QString& actionId) const {
    for (const HotkeyAction& action : m_actions) {
        if (action.id == actionId)
            return action.label;
    }
    return actionId;
}

QString ShortcutsDialog::message() const {
    return m_message->text();
}

void ShortcutsDialog::showError(const QString& text) {
    m_message->setStyleSheet(QStringLiteral("color: #e5533d; font-weight: bold;"));
    m_message->setText(text);
}

bool ShortcutsDialog::assign(const QString& actionId, const QKeySequence& key) {
    if (!m_keys.contains(actionId))
        return false;
    if (key.isEmpty()) {
        clearKey(actionId);
        return true;
    }
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it.key() != actionId && it.value() == key) {
            showError(tr("%1 is already the key for “%2”. Give that action another key first.")
                          .arg(key.toString(QKeySequence::NativeText), labelOf(it.key())));
            return false;
        }
    }
    m_keys[actionId] = key;
    fillTable();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("“%1” is now %2 (not saved yet).")
                           .arg(labelOf(actionId), key.toString(QKeySequence::NativeText)));
    return true;
}

void ShortcutsDialog::clearKey(const QString& actionId) {
    if (!m_keys.contains(actionId))
        return;
    m_keys[actionId] = QKeySequence();
    fillTable();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("“%1” has no key now.").arg(labelOf(actionId)));
}

void ShortcutsDialog::resetToDefaults() {
    for (const HotkeyAction& action : m_actions)
        m_keys[action.id] = action.defaultKey;
    fillTable();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Default keys restored (not saved yet)."));
}

void ShortcutsDialog::save() {
    // Unassign first, so that a key moving between two actions never steals from the other.
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (m_map.key(it.key()) != it.value())
            m_map.setKey(it.key(), QKeySequence());
    }
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (!it.value().isEmpty())
            m_map.setKey(it.key(), it.value());
    }
    m_map.save(m_settings);
    m_settings.sync();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Shortcuts saved."));
}

} // namespace wl::widgets
