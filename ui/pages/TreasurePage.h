#pragma once

#include "PageWithForm.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace fieldday {

class EventDocument;
class FindingsEditor;
class ThumbnailCache;
class TreasureItemForm;
class TreasureListModel;
struct DocumentChange;

// What the groups brought back: the groups down the side, a group's finds as tiles (photos'
// thumbnails decoded as they come into view), filtered by kind of treasure and by where they
// are chosen, and the find's form beside them; photos dropped onto a group (or the tiles) or
// added from files or a folder; and "What we learned", the findings for the report.
class TreasurePage : public QWidget, public PageWithForm
{
    Q_OBJECT

public:
    explicit TreasurePage(EventDocument *document, QWidget *parent = nullptr);
    ~TreasurePage() override;

    EditForm *activeForm() const override;
    // Shows the find (a problem's subject on the overview): its group, unfiltered, selected.
    void select(qint64 itemId);
    void showGroup(qint64 destinationId);
    void showFindings();
    qint64 currentGroup() const;
    // Prepares and adds the photos at `paths` (files and folders) to the group, as one undo
    // step, with a progress window that can cancel. Returns how many were added.
    int importPhotos(const QStringList &paths, qint64 destinationId);

    TreasureListModel *model() const { return m_model; }
    QListView *tiles() const { return m_tiles; }
    TreasureItemForm *form() const { return m_form; }
    FindingsEditor *findings() const { return m_findings; }

public slots:
    void addPhotos();    // asks for files
    void importFolder(); // asks for a folder
    void addQuote();
    void addObservation();
    void deleteSelected();
    void present();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void documentChanged(const DocumentChange &change);
    void fillGroups();
    void fillKinds();
    void updateActions();
    void syncCurrentTile();
    qint64 groupAt(const QPoint &viewportPos) const;

    EventDocument *m_document;
    ThumbnailCache *m_thumbnails;
    TreasureListModel *m_model;
    QListWidget *m_groups;
    QStackedWidget *m_stack;
    QComboBox *m_kind;
    QComboBox *m_chosen;
    QListView *m_tiles;
    TreasureItemForm *m_form;
    FindingsEditor *m_findings;
    QPushButton *m_addPhotos;
    QPushButton *m_addFolder;
    QPushButton *m_addQuote;
    QPushButton *m_addObservation;
    QPushButton *m_delete;
    QPushButton *m_present;
    QLabel *m_status;
    qint64 m_shownItem = 0;
    bool m_modelChanging = false; // rows being removed: the view's current moves by itself
};

} // namespace fieldday
