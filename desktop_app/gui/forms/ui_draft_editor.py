# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'draft_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DraftEditorForm(object):
    def setupUi(self, DraftEditorForm):
        if not DraftEditorForm.objectName():
            DraftEditorForm.setObjectName(u"DraftEditorForm")
        DraftEditorForm.resize(640, 1200)
        self.editorLayout = QVBoxLayout(DraftEditorForm)
        self.editorLayout.setObjectName(u"editorLayout")
        self.orderGroup = QGroupBox(DraftEditorForm)
        self.orderGroup.setObjectName(u"orderGroup")
        self.orderGroupForm = QFormLayout(self.orderGroup)
        self.orderGroupForm.setObjectName(u"orderGroupForm")
        self.orderGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.budgetLabel = QLabel(self.orderGroup)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.orderGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetCombo = QComboBox(self.orderGroup)
        self.budgetCombo.setObjectName(u"budgetCombo")
        self.budgetCombo.setEditable(True)

        self.orderGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.budgetCombo)

        self.orderDescriptionLabel = QLabel(self.orderGroup)
        self.orderDescriptionLabel.setObjectName(u"orderDescriptionLabel")

        self.orderGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orderDescriptionLabel)

        self.orderDescriptionEdit = QPlainTextEdit(self.orderGroup)
        self.orderDescriptionEdit.setObjectName(u"orderDescriptionEdit")
        self.orderDescriptionEdit.setTabChangesFocus(True)
        self.orderDescriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.orderGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orderDescriptionEdit)

        self.serviceDescriptionLabel = QLabel(self.orderGroup)
        self.serviceDescriptionLabel.setObjectName(u"serviceDescriptionLabel")

        self.orderGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceDescriptionLabel)

        self.serviceDescriptionEdit = QPlainTextEdit(self.orderGroup)
        self.serviceDescriptionEdit.setObjectName(u"serviceDescriptionEdit")
        self.serviceDescriptionEdit.setTabChangesFocus(True)
        self.serviceDescriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.orderGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serviceDescriptionEdit)

        self.serviceStartLabel = QLabel(self.orderGroup)
        self.serviceStartLabel.setObjectName(u"serviceStartLabel")

        self.orderGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serviceStartLabel)

        self.serviceStartEdit = QDateEdit(self.orderGroup)
        self.serviceStartEdit.setObjectName(u"serviceStartEdit")
        self.serviceStartEdit.setCalendarPopup(True)

        self.orderGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serviceStartEdit)

        self.serviceEndLabel = QLabel(self.orderGroup)
        self.serviceEndLabel.setObjectName(u"serviceEndLabel")

        self.orderGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceEndLabel)

        self.serviceEndEdit = QDateEdit(self.orderGroup)
        self.serviceEndEdit.setObjectName(u"serviceEndEdit")
        self.serviceEndEdit.setCalendarPopup(True)

        self.orderGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serviceEndEdit)


        self.editorLayout.addWidget(self.orderGroup)

        self.clientGroup = QGroupBox(DraftEditorForm)
        self.clientGroup.setObjectName(u"clientGroup")
        self.clientGroupForm = QFormLayout(self.clientGroup)
        self.clientGroupForm.setObjectName(u"clientGroupForm")
        self.clientGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clientTypeLabel = QLabel(self.clientGroup)
        self.clientTypeLabel.setObjectName(u"clientTypeLabel")

        self.clientGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientTypeLabel)

        self.clientTypeCombo = QComboBox(self.clientGroup)
        self.clientTypeCombo.setObjectName(u"clientTypeCombo")

        self.clientGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientTypeCombo)

        self.clientNameLabel = QLabel(self.clientGroup)
        self.clientNameLabel.setObjectName(u"clientNameLabel")

        self.clientGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientNameLabel)

        self.clientNameEdit = QLineEdit(self.clientGroup)
        self.clientNameEdit.setObjectName(u"clientNameEdit")

        self.clientGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientNameEdit)

        self.clientStreetLabel = QLabel(self.clientGroup)
        self.clientStreetLabel.setObjectName(u"clientStreetLabel")

        self.clientGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clientStreetLabel)

        self.clientStreetEdit = QLineEdit(self.clientGroup)
        self.clientStreetEdit.setObjectName(u"clientStreetEdit")

        self.clientGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clientStreetEdit)

        self.clientPostalCodeLabel = QLabel(self.clientGroup)
        self.clientPostalCodeLabel.setObjectName(u"clientPostalCodeLabel")

        self.clientGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clientPostalCodeLabel)

        self.clientPostalCodeEdit = QLineEdit(self.clientGroup)
        self.clientPostalCodeEdit.setObjectName(u"clientPostalCodeEdit")

        self.clientGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientPostalCodeEdit)

        self.clientCityLabel = QLabel(self.clientGroup)
        self.clientCityLabel.setObjectName(u"clientCityLabel")

        self.clientGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clientCityLabel)

        self.clientCityEdit = QLineEdit(self.clientGroup)
        self.clientCityEdit.setObjectName(u"clientCityEdit")

        self.clientGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clientCityEdit)

        self.clientCountryLabel = QLabel(self.clientGroup)
        self.clientCountryLabel.setObjectName(u"clientCountryLabel")

        self.clientGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.clientCountryLabel)

        self.clientCountryCombo = QComboBox(self.clientGroup)
        self.clientCountryCombo.setObjectName(u"clientCountryCombo")

        self.clientGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clientCountryCombo)

        self.clientVatIdLabel = QLabel(self.clientGroup)
        self.clientVatIdLabel.setObjectName(u"clientVatIdLabel")

        self.clientGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.clientVatIdLabel)

        self.clientVatIdEdit = QLineEdit(self.clientGroup)
        self.clientVatIdEdit.setObjectName(u"clientVatIdEdit")

        self.clientGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.clientVatIdEdit)

        self.clientInvoiceEmailLabel = QLabel(self.clientGroup)
        self.clientInvoiceEmailLabel.setObjectName(u"clientInvoiceEmailLabel")

        self.clientGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.clientInvoiceEmailLabel)

        self.clientInvoiceEmailEdit = QLineEdit(self.clientGroup)
        self.clientInvoiceEmailEdit.setObjectName(u"clientInvoiceEmailEdit")

        self.clientGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.clientInvoiceEmailEdit)


        self.editorLayout.addWidget(self.clientGroup)

        self.contactGroup = QGroupBox(DraftEditorForm)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroupForm = QFormLayout(self.contactGroup)
        self.contactGroupForm.setObjectName(u"contactGroupForm")
        self.contactGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contactNameLabel = QLabel(self.contactGroup)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.contactGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.contactGroup)
        self.contactNameEdit.setObjectName(u"contactNameEdit")

        self.contactGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactEmailLabel = QLabel(self.contactGroup)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.contactGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contactEmailEdit = QLineEdit(self.contactGroup)
        self.contactEmailEdit.setObjectName(u"contactEmailEdit")

        self.contactGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactEmailEdit)


        self.editorLayout.addWidget(self.contactGroup)

        self.feesGroup = QGroupBox(DraftEditorForm)
        self.feesGroup.setObjectName(u"feesGroup")
        self.feesGroupForm = QFormLayout(self.feesGroup)
        self.feesGroupForm.setObjectName(u"feesGroupForm")
        self.feesGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lineItemsView = QTableView(self.feesGroup)
        self.lineItemsView.setObjectName(u"lineItemsView")
        self.lineItemsView.setMinimumSize(QSize(0, 140))

        self.feesGroupForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.lineItemsView)

        self.lineItemButtons = QHBoxLayout()
        self.lineItemButtons.setObjectName(u"lineItemButtons")
        self.addLineItemButton = QPushButton(self.feesGroup)
        self.addLineItemButton.setObjectName(u"addLineItemButton")

        self.lineItemButtons.addWidget(self.addLineItemButton)

        self.removeLineItemButton = QPushButton(self.feesGroup)
        self.removeLineItemButton.setObjectName(u"removeLineItemButton")

        self.lineItemButtons.addWidget(self.removeLineItemButton)

        self.lineItemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lineItemButtons.addItem(self.lineItemSpacer)


        self.feesGroupForm.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.lineItemButtons)

        self.currencyLabel = QLabel(self.feesGroup)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.feesGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyCombo = QComboBox(self.feesGroup)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.feesGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.reducedVatCheck = QCheckBox(self.feesGroup)
        self.reducedVatCheck.setObjectName(u"reducedVatCheck")

        self.feesGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reducedVatCheck)

        self.previewTitleLabel = QLabel(self.feesGroup)
        self.previewTitleLabel.setObjectName(u"previewTitleLabel")

        self.feesGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.previewTitleLabel)

        self.previewLabel = QLabel(self.feesGroup)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setTextFormat(Qt.TextFormat.RichText)

        self.feesGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.previewLabel)


        self.editorLayout.addWidget(self.feesGroup)

        self.datesGroup = QGroupBox(DraftEditorForm)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesGroupForm = QFormLayout(self.datesGroup)
        self.datesGroupForm.setObjectName(u"datesGroupForm")
        self.datesGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.invoiceDatesLabel = QLabel(self.datesGroup)
        self.invoiceDatesLabel.setObjectName(u"invoiceDatesLabel")

        self.datesGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.invoiceDatesLabel)

        self.invoiceDatesList = QListWidget(self.datesGroup)
        self.invoiceDatesList.setObjectName(u"invoiceDatesList")
        self.invoiceDatesList.setMaximumSize(QSize(16777215, 90))

        self.datesGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.invoiceDatesList)

        self.invoiceDateButtons = QHBoxLayout()
        self.invoiceDateButtons.setObjectName(u"invoiceDateButtons")
        self.newInvoiceDateEdit = QDateEdit(self.datesGroup)
        self.newInvoiceDateEdit.setObjectName(u"newInvoiceDateEdit")
        self.newInvoiceDateEdit.setCalendarPopup(True)

        self.invoiceDateButtons.addWidget(self.newInvoiceDateEdit)

        self.addInvoiceDateButton = QPushButton(self.datesGroup)
        self.addInvoiceDateButton.setObjectName(u"addInvoiceDateButton")

        self.invoiceDateButtons.addWidget(self.addInvoiceDateButton)

        self.removeInvoiceDateButton = QPushButton(self.datesGroup)
        self.removeInvoiceDateButton.setObjectName(u"removeInvoiceDateButton")

        self.invoiceDateButtons.addWidget(self.removeInvoiceDateButton)


        self.datesGroupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.invoiceDateButtons)

        self.offerValidLabel = QLabel(self.datesGroup)
        self.offerValidLabel.setObjectName(u"offerValidLabel")

        self.datesGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offerValidLabel)

        self.offerValidEdit = QDateEdit(self.datesGroup)
        self.offerValidEdit.setObjectName(u"offerValidEdit")
        self.offerValidEdit.setCalendarPopup(True)

        self.datesGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offerValidEdit)

        self.skipConfirmationCheck = QCheckBox(self.datesGroup)
        self.skipConfirmationCheck.setObjectName(u"skipConfirmationCheck")

        self.datesGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skipConfirmationCheck)


        self.editorLayout.addWidget(self.datesGroup)

        self.moreGroup = QGroupBox(DraftEditorForm)
        self.moreGroup.setObjectName(u"moreGroup")
        self.moreGroupForm = QFormLayout(self.moreGroup)
        self.moreGroupForm.setObjectName(u"moreGroupForm")
        self.moreGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.specialAgreementLabel = QLabel(self.moreGroup)
        self.specialAgreementLabel.setObjectName(u"specialAgreementLabel")

        self.moreGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.specialAgreementLabel)

        self.specialAgreementEdit = QPlainTextEdit(self.moreGroup)
        self.specialAgreementEdit.setObjectName(u"specialAgreementEdit")
        self.specialAgreementEdit.setTabChangesFocus(True)
        self.specialAgreementEdit.setMaximumSize(QSize(16777215, 70))

        self.moreGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.specialAgreementEdit)

        self.attachmentsLabel = QLabel(self.moreGroup)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.moreGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsList = QListWidget(self.moreGroup)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 90))

        self.moreGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.attachmentsList)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addAttachmentButton = QPushButton(self.moreGroup)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.addProofButton = QPushButton(self.moreGroup)
        self.addProofButton.setObjectName(u"addProofButton")

        self.attachmentButtons.addWidget(self.addProofButton)

        self.removeAttachmentButton = QPushButton(self.moreGroup)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)


        self.moreGroupForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.attachmentButtons)


        self.editorLayout.addWidget(self.moreGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.budgetLabel.setBuddy(self.budgetCombo)
        self.orderDescriptionLabel.setBuddy(self.orderDescriptionEdit)
        self.serviceDescriptionLabel.setBuddy(self.serviceDescriptionEdit)
        self.serviceStartLabel.setBuddy(self.serviceStartEdit)
        self.serviceEndLabel.setBuddy(self.serviceEndEdit)
        self.clientTypeLabel.setBuddy(self.clientTypeCombo)
        self.clientNameLabel.setBuddy(self.clientNameEdit)
        self.clientStreetLabel.setBuddy(self.clientStreetEdit)
        self.clientPostalCodeLabel.setBuddy(self.clientPostalCodeEdit)
        self.clientCityLabel.setBuddy(self.clientCityEdit)
        self.clientCountryLabel.setBuddy(self.clientCountryCombo)
        self.clientVatIdLabel.setBuddy(self.clientVatIdEdit)
        self.clientInvoiceEmailLabel.setBuddy(self.clientInvoiceEmailEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactEmailLabel.setBuddy(self.contactEmailEdit)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.invoiceDatesLabel.setBuddy(self.invoiceDatesList)
        self.offerValidLabel.setBuddy(self.offerValidEdit)
        self.specialAgreementLabel.setBuddy(self.specialAgreementEdit)
        self.attachmentsLabel.setBuddy(self.attachmentsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DraftEditorForm)

        QMetaObject.connectSlotsByName(DraftEditorForm)
    # setupUi

    def retranslateUi(self, DraftEditorForm):
        self.orderGroup.setTitle(QCoreApplication.translate("DraftEditorForm", u"Auftrag", None))
        self.budgetLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&Budget", None))
        self.orderDescriptionLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Auftrags&beschreibung", None))
        self.serviceDescriptionLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&Leistungsbeschreibung", None))
        self.serviceStartLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Leistung &von", None))
        self.serviceEndLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Leistung b&is", None))
        self.clientGroup.setTitle(QCoreApplication.translate("DraftEditorForm", u"Kund*in", None))
        self.clientTypeLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&Art", None))
        self.clientNameLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&Name / Firma", None))
        self.clientStreetLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&Stra\u00dfe und Nr.", None))
        self.clientPostalCodeLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&PLZ", None))
        self.clientCityLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&Ort", None))
        self.clientCountryLabel.setText(QCoreApplication.translate("DraftEditorForm", u"L&and", None))
        self.clientVatIdLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&USt-IdNr.", None))
        self.clientInvoiceEmailLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&Rechnungs-E-Mail", None))
        self.contactGroup.setTitle(QCoreApplication.translate("DraftEditorForm", u"Kontaktperson", None))
        self.contactNameLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Na&me", None))
        self.contactEmailLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&E-Mail", None))
        self.feesGroup.setTitle(QCoreApplication.translate("DraftEditorForm", u"Honorar", None))
        self.addLineItemButton.setText(QCoreApplication.translate("DraftEditorForm", u"Position &hinzuf\u00fcgen", None))
        self.removeLineItemButton.setText(QCoreApplication.translate("DraftEditorForm", u"Position entfernen", None))
        self.currencyLabel.setText(QCoreApplication.translate("DraftEditorForm", u"&W\u00e4hrung", None))
        self.reducedVatCheck.setText(QCoreApplication.translate("DraftEditorForm", u"Erm\u00e4\u00dfigter Steuersatz (7 %), z. B. f\u00fcr Nutzungsrechte", None))
        self.previewTitleLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Vorschau", None))
        self.datesGroup.setTitle(QCoreApplication.translate("DraftEditorForm", u"Termine", None))
        self.invoiceDatesLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Geplante Rechnungs&daten", None))
        self.addInvoiceDateButton.setText(QCoreApplication.translate("DraftEditorForm", u"Datum hin&zuf\u00fcgen", None))
        self.removeInvoiceDateButton.setText(QCoreApplication.translate("DraftEditorForm", u"Datum entfernen", None))
        self.offerValidLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Angebot &g\u00fcltig bis", None))
        self.skipConfirmationCheck.setText(QCoreApplication.translate("DraftEditorForm", u"\u00dcberspringe die Best\u00e4tigung von Kund*in", None))
        self.moreGroup.setTitle(QCoreApplication.translate("DraftEditorForm", u"Weiteres", None))
        self.specialAgreementLabel.setText(QCoreApplication.translate("DraftEditorForm", u"Besondere &Vereinbarung", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("DraftEditorForm", u"An&h\u00e4nge", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("DraftEditorForm", u"Datei an&h\u00e4ngen \u2026", None))
        self.addProofButton.setText(QCoreApplication.translate("DraftEditorForm", u"Nachweis hoch&laden \u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("DraftEditorForm", u"Anhang entfernen", None))
        pass
    # retranslateUi

