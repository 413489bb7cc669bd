"""DICOM PS3.15 Annex E, Table E.1-1: the Basic Application Level Confidentiality Profile as data.

Each row is ``tag action name``: the attribute's tag (``GGGGEEEE``; ``x`` stands for any hex
digit in a repeating group), the action of the Basic Profile column and the attribute's name.
Action codes (PS3.15 Table E.1-1a): D replace with a non-zero-length dummy value; Z replace with
a zero-length value (or a dummy); X remove; K keep; C clean; U replace a UID with a new UID that
is consistent within the set. A combined code such as X/Z/D means "the first, unless a later one
is needed for the IOD to conform"; without IOD knowledge, ``irsocial.postsafety.deid`` takes the first.
Private attributes (odd groups) are removed (X).

Transcribed from the machine-readable copy of Table E.1-1 in innolitics/dicom-standard
(``standard/confidentiality_profile_attributes.json``, commit 0d01bf1); the standard is ``dicom_ps315`` in book/references.bib.

>>> PROFILE[0x00100010].action, PROFILE[0x00100010].name
('Z', "Patient's Name")
>>> len(PROFILE) > 350
True
"""

from __future__ import annotations

from dataclasses import dataclass

_TABLE = """
00080050 Z Accession Number
00184000 X Acquisition Comments
00400555 X/Z Acquisition Context Sequence
00080022 X/Z Acquisition Date
0008002A X/Z/D Acquisition DateTime
00181400 X/D Acquisition Device Processing Description
001811BB D Acquisition Field Of View Label
00189424 X Acquisition Protocol Description
00080032 X/Z Acquisition Time
00404035 X Actual Human Performers Sequence
001021B0 X Additional Patient History
0040A353 X Address (Trial)
00380010 X Admission ID
00380020 X Admitting Date
00081084 X Admitting Diagnoses Code Sequence
00081080 X Admitting Diagnoses Description
00380021 X Admitting Time
00001000 X Affected SOP Instance UID
00102110 X Allergies
40000010 X Arbitrary
0040A078 X Author Observer Sequence
22000005 X/Z Barcode Value
300A00C3 X Beam Description
300A00DD X Bolus Description
00101081 X Branch of Service
0016004D X Camera Owner Name
00181007 X Cassette ID
00120060 Z Clinical Trial Coordinating Center Name
00120082 X Clinical Trial Protocol Ethics Committee Approval Number
00120081 D Clinical Trial Protocol Ethics Committee Name
00120020 D Clinical Trial Protocol ID
00120021 Z Clinical Trial Protocol Name
00120072 X Clinical Trial Series Description
00120071 X Clinical Trial Series ID
00120030 Z Clinical Trial Site ID
00120031 Z Clinical Trial Site Name
00120010 D Clinical Trial Sponsor Name
00120040 D Clinical Trial Subject ID
00120042 D Clinical Trial Subject Reading ID
00120051 X Clinical Trial Time Point Description
00120050 Z Clinical Trial Time Point ID
00400310 X Comments on Radiation Dose
00400280 X Comments on the Performed Procedure Step
300A02EB X Compensator Description
00209161 U Concatenation UID
3010000F Z Conceptual Volume Combination Description
30100017 Z Conceptual Volume Description
30100006 U Conceptual Volume UID
00403001 X Confidentiality Constraint on Patient Data Description
30100013 U Constituent Conceptual Volume UID
0008009C Z Consulting Physician's Name
0008009D X Consulting Physician Identification Sequence
0050001B X Container Component ID
0040051A X Container Description
00400512 D Container Identifier
00700086 X Content Creator's Identification Code Sequence
00700084 Z/D Content Creator's Name
00080023 Z/D Content Date
0040A730 D Content Sequence
00080033 Z/D Content Time
00180010 Z/D Contrast/Bolus Agent
0018A003 X Contribution Description
00102150 X Country of Residence
0040A307 X Current Observer (Trial)
00380300 X Current Patient Location
50xxxxxx X Curve Data
00080025 X Curve Date
00080035 X Curve Time
0040A07C X Custodial Organization Sequence
FFFCFFFC X Data Set Trailing Padding
0018937F X Decomposition Description
00082111 X Derivation Description
0018700A X/D Detector ID
3010001B Z Device Alternate Identifier
00500020 X Device Description
3010002D D Device Label
00181000 X/Z/D Device Serial Number
0016004B X Device Setting Description
00181002 U Device UID
FFFAFFFA X Digital Signatures Sequence
04000100 U Digital Signature UID
00209164 U Dimension Organization UID
00380040 X Discharge Diagnosis Description
4008011A X Distribution Address
40080119 X Distribution Name
300A0016 X Dose Reference Description
300A0013 U Dose Reference UID
3010006E U Dosimetric Objective UID
00189517 X/D End Acquisition DateTime
30100037 X Entity Description
30100035 D Entity Label
30100038 D Entity Long Label
30100036 X Entity Name
300A0676 X Equipment Frame of Reference Description
00102160 X Ethnic Group
00404011 X Expected Completion DateTime
00080058 U Failed SOP Instance UID List
0070031A U Fiducial UID
00402017 Z Filler Order Number / Imaging Service Request
30080054 X/D First Treatment Date
300A0196 X Fixation Device Description
00340002 D Flow Identifier
00340001 D Flow Identifier Sequence
3010007F Z Fractionation Notes
300A0072 X Fraction Group Description
00209158 X Frame Comments
00200052 U Frame of Reference UID
00340007 D Frame Origin Timestamp
00181008 X Gantry ID
00181005 X Generator ID
00160076 X GPS Altitude
00160075 X GPS Altitude Ref
0016008C X GPS Area Information
0016008D X GPS Date Stamp
00160088 X GPS Dest Bearing
00160087 X GPS Dest Bearing Ref
0016008A X GPS Dest Distance
00160089 X GPS Dest Distance Ref
00160084 X GPS Dest Latitude
00160083 X GPS Dest Latitude Ref
00160086 X GPS Dest Longitude
00160085 X GPS Dest Longitude Ref
0016008E X GPS Differential
0016007B X GPS DOP
00160081 X GPS Img Direction
00160080 X GPS Img Direction Ref
00160072 X GPS Latitude
00160071 X GPS Latitude Ref
00160074 X GPS Longitude
00160073 X GPS Longitude Ref
00160082 X GPS Map Datum
0016007A X GPS Measure Mode
0016008B X GPS Processing Method
00160078 X GPS Satellites
0016007D X GPS Speed
0016007C X GPS Speed Ref
00160079 X GPS Status
00160077 X GPS Time Stamp
0016007F X GPS Track
0016007E X GPS Track Ref
00160070 X GPS Version ID
00700001 D Graphic Annotation Sequence
00404037 X Human Performer's Name
00404036 X Human Performer's Organization
00880200 X Icon Image Sequence
00084000 X Identifying Comments
00204000 X Image Comments
00284000 X Image Presentation Comments
00402400 X Imaging Service Request Comments
003A0314 D Impedance Measurement DateTime
40080300 X Impressions
00080015 X Instance Coercion DateTime
00080014 U Instance Creator UID
04000600 X Instance Origin Status
00080081 X Institution Address
00081040 X Institutional Department Name
00081041 X Institutional Department Type Code Sequence
00080082 X/Z/D Institution Code Sequence
00080080 X/Z/D Institution Name
00101050 X Insurance Plan Identification
3010004D X/D Intended Phase End Date
3010004C X/D Intended Phase Start Date
00401011 X Intended Recipients of Results Identification Sequence
300A0741 D Interlock DateTime
300A0742 D Interlock Description
300A0783 D Interlock Origin Description
40080111 X Interpretation Approver Sequence
4008010C X Interpretation Author
40080115 X Interpretation Diagnosis Description
40080202 X Interpretation ID Issuer
40080102 X Interpretation Recorder
4008010B X Interpretation Text
4008010A X Interpretation Transcriber
00083010 U Irradiation Event UID
00380011 X Issuer of Admission ID
00380014 X Issuer of Admission ID Sequence
00100021 X Issuer of Patient ID
00380061 X Issuer of Service Episode ID
00380064 X Issuer of Service Episode ID Sequence
00400513 Z Issuer of the Container Identifier Sequence
00400562 Z Issuer of the Specimen Identifier Sequence
22000002 X/Z Label Text
00281214 U Large Palette Color Lookup Table UID
001021D0 X Last Menstrual Date
0016004F X Lens Make
00160050 X Lens Model
00160051 X Lens Serial Number
0016004E X Lens Specification
00500021 X Long Device Description
04000404 X MAC
0016002B X Maker Note
0018100B U Manufacturer's Device Class UID
30100043 Z Manufacturer's Device Identifier
00020003 U Media Storage SOP Instance UID
00102000 X Medical Alerts
00101090 X Medical Record Locator
00101080 X Military Rank
04000550 X Modified Attributes Sequence
00203406 X Modified Image Description
00203401 X Modifying Device ID
30080056 X/D Most Recent Treatment Date
0018937B X Multi-energy Acquisition Description
003A0310 U Multiplex Group UID
00081060 X Name of Physician(s) Reading Study
00401010 X Names of Intended Recipients of Results
04000551 X Nonconforming Modified Attributes Sequence
04000552 X Nonconforming Data Element Value
0040A192 X Observation Date (Trial)
0040A402 U Observation Subject UID (Trial)
0040A193 X Observation Time (Trial)
0040A171 U Observation UID
00102180 X Occupation
00081072 X/D Operator Identification Sequence
00081070 X/Z/D Operators' Name
00402010 X Order Callback Phone Number
00402011 X Order Callback Telecom Information
00402008 X Order Entered By
00402009 X Order Enterer's Location
04000561 X Original Attributes Sequence
00101000 X Other Patient IDs
00101002 X Other Patient IDs Sequence
00101001 X Other Patient Names
60xx4000 X Overlay Comments
60xx3000 X Overlay Data
00080024 X Overlay Date
00080034 X Overlay Time
300A0760 D Override DateTime
00281199 U Palette Color Lookup Table UID
0040A07A X Participant Sequence
00101040 X Patient's Address
00101010 X Patient's Age
00100030 Z Patient's Birth Date
00101005 X Patient's Birth Name
00100032 X Patient's Birth Time
00380400 X Patient's Institution Residence
00100050 X Patient's Insurance Plan Code Sequence
00101060 X Patient's Mother's Birth Name
00100010 Z Patient's Name
00100101 X Patient's Primary Language Code Sequence
00100102 X Patient's Primary Language Modifier Code Sequence
001021F0 X Patient's Religious Preference
00100040 Z Patient's Sex
00102203 X/Z Patient's Sex Neutered
00101020 X Patient's Size
00102155 X Patient's Telecom Information
00102154 X Patient's Telephone Numbers
00101030 X Patient's Weight
00104000 X Patient Comments
00100020 Z Patient ID
300A0650 U Patient Setup UID
00380500 X Patient State
00401004 X Patient Transport Arrangements
00400243 X Performed Location
00400254 X Performed Procedure Step Description
00400250 X Performed Procedure Step End Date
00404051 X Performed Procedure Step End DateTime
00400251 X Performed Procedure Step End Time
00400253 X Performed Procedure Step ID
00400244 X Performed Procedure Step Start Date
00404050 X Performed Procedure Step Start DateTime
00400245 X Performed Procedure Step Start Time
00400241 X Performed Station AE Title
00404030 X Performed Station Geographic Location Code Sequence
00400242 X Performed Station Name
00404028 X Performed Station Name Code Sequence
00081050 X Performing Physician's Name
00081052 X Performing Physician Identification Sequence
00401102 X Person's Address
00401104 X Person's Telecom Information
00401103 X Person's Telephone Numbers
00401101 D Person Identification Code Sequence
0040A123 D Person Name
00081048 X Physician(s) of Record
00081049 X Physician(s) of Record Identification Sequence
00081062 X Physician(s) Reading Study Identification Sequence
40080114 X Physician Approving Interpretation
00402016 Z Placer Order Number / Imaging Service Request
00181004 X Plate ID
001021C0 X Pregnancy Status
00400012 X Pre-Medication
300A000E X Prescription Description
3010007B Z Prescription Notes
30100081 Z Prescription Notes Sequence
00701101 U Presentation Display Collection UID
00701102 U Presentation Sequence Collection UID
30100061 X Prior Treatment Dose Description
00404052 X Procedure Step Cancellation DateTime
00181030 X/D Protocol Name
300A0619 D Radiation Dose Identification Label
300A0623 D Radiation Dose In-Vivo Measurement Label
300A067D Z Radiation Generation Mode Description
300A067C D Radiation Generation Mode Label
300C0113 X Reason for Omission Description
0040100A X Reason for Requested Procedure Code Sequence
00321030 X Reason for Study
3010005C Z Reason for Superseding
00402001 X Reason for the Imaging Service Request
00401002 X Reason for the Requested Procedure
00321066 X Reason for Visit
00321067 X Reason for Visit Code Sequence
300A073A D Recorded RT Control Point DateTime
3010000B U Referenced Conceptual Volume UID
04000402 X Referenced Digital Signature Sequence
300A0083 U Referenced Dose Reference UID
3010006F U Referenced Dosimetric Objective UID
30100031 U Referenced Fiducials UID
30060024 U Referenced Frame of Reference UID
00404023 U Referenced General Purpose Scheduled Procedure Step Transaction UID
00081140 X/Z/U* Referenced Image Sequence
0040A172 U Referenced Observation UID (Trial)
00380004 X Referenced Patient Alias Sequence
00101100 X Referenced Patient Photo Sequence
00081120 X Referenced Patient Sequence
00081111 X/Z/D Referenced Performed Procedure Step Sequence
04000403 X Referenced SOP Instance MAC Sequence
00081155 U Referenced SOP Instance UID
00041511 U Referenced SOP Instance UID in File
00081110 X/Z Referenced Study Sequence
00080092 X Referring Physician's Address
00080090 Z Referring Physician's Name
00080094 X Referring Physician's Telephone Numbers
00080096 X Referring Physician Identification Sequence
00102152 X Region of Residence
300600C2 U Related Frame of Reference UID
00400275 X Request Attributes Sequence
00321070 X Requested Contrast Agent
00401400 X Requested Procedure Comments
00321060 X/Z Requested Procedure Description
00401001 X Requested Procedure ID
00401005 X Requested Procedure Location
00189937 X Requested Series Description
00001001 U Requested SOP Instance UID
00321032 X Requesting Physician
00321033 X Requesting Service
00189185 X Respiratory Motion Compensation Technique Description
00102299 X Responsible Organization
00102297 X Responsible Person
40084000 X Results Comments
40080118 X Results Distribution List Sequence
40080042 X Results ID Issuer
300E0008 X/Z Reviewer Name
30060028 X ROI Description
30060038 X ROI Generation Description
300600A6 Z ROI Interpreter
30060026 Z ROI Name
30060088 X ROI Observation Description
30060085 X ROI Observation Label
300A0615 Z RT Accessory Device Slot ID
300A0611 Z RT Accessory Holder Slot ID
3010005A Z RT Physician Intent Narrative
300A0006 X/D RT Plan Date
300A0004 X RT Plan Description
300A0002 D RT Plan Label
300A0003 X RT Plan Name
300A0007 X/D RT Plan Time
30100054 D RT Prescription Label
300A062A D RT Tolerance Set Label
30100056 X/D RT Treatment Approach Label
3010003B U RT Treatment Phase UID
00404034 X Scheduled Human Performers Sequence
0038001E X Scheduled Patient Institution Residence
00400006 X Scheduled Performing Physician's Name
0040000B X Scheduled Performing Physician Identification Sequence
00400007 X Scheduled Procedure Step Description
00400004 X Scheduled Procedure Step End Date
00400005 X Scheduled Procedure Step End Time
00404008 X Scheduled Procedure Step Expiration DateTime
00400009 X Scheduled Procedure Step ID
00400011 X Scheduled Procedure Step Location
00404010 X Scheduled Procedure Step Modification DateTime
00400002 X Scheduled Procedure Step Start Date
00404005 X Scheduled Procedure Step Start DateTime
00400003 X Scheduled Procedure Step Start Time
00400001 X Scheduled Station AE Title
00404027 X Scheduled Station Geographic Location Code Sequence
00400010 X Scheduled Station Name
00404025 X Scheduled Station Name Code Sequence
00321020 X Scheduled Study Location
00321021 X Scheduled Study Location AE Title
00080021 X/D Series Date
0008103E X Series Description
0020000E U Series Instance UID
00080031 X/D Series Time
00380062 X Service Episode Description
00380060 X Service Episode ID
300A01B2 X Setup Technique Description
300A01A6 X Shielding Device Description
004006FA X Slide Identifier
001021A0 X Smoking Status
00080018 U SOP Instance UID
30100015 U Source Conceptual Volume UID
0018936A D Source End DateTime
00340005 D Source Identifier
00082112 X/Z/U* Source Image Sequence
300A0216 X Source Manufacturer
30080105 X/Z Source Serial Number
00189369 D Source Start DateTime
00380050 X Special Needs
0040050A X Specimen Accession Number
00400602 X Specimen Detailed Description
00400551 D Specimen Identifier
00400610 Z Specimen Preparation Sequence
00400600 X Specimen Short Description
00400554 U Specimen UID
00189516 X/D Start Acquisition DateTime
00081010 X/Z/D Station Name
00880140 U Storage Media File-set UID
30060008 Z Structure Set Date
30060006 X Structure Set Description
30060002 D Structure Set Label
30060004 X Structure Set Name
30060009 X/D Structure Set Time
00324000 X Study Comments
00080020 Z Study Date
00081030 X Study Description
00200010 Z Study ID
00320012 X Study ID Issuer
0020000D U Study Instance UID
00080030 Z Study Time
00200200 U Synchronization Frame of Reference UID
00182042 U Target UID
0040A354 X Telephone Number (Trial)
0040DB0D U Template Extension Creator UID
0040DB0C U Template Extension Organization UID
40004000 X Text Comments
20300020 X Text String
00080201 X Timezone Offset From UTC
00880910 X Topic Author
00880912 X Topic Keywords
00880906 X Topic Subject
00880904 X Topic Title
00620021 U Tracking UID
00081195 U Transaction UID
00185011 X Transducer Identification Sequence
30080250 X/D Treatment Date
300A00B2 X Treatment Machine Name
300A0608 D Treatment Position Group Label
300A0609 U Treatment Position Group UID
300A0700 U Treatment Session UID
30100077 D Treatment Site
3010007A Z Treatment Technique Notes
30080251 X/D Treatment Time
300A0736 D Treatment Tolerance Violation DateTime
300A0734 D Treatment Tolerance Violation Description
0018100A X UDI Sequence
0040A124 U UID
00181009 X Unique Device Identifier
30100033 D User Content Label
30100034 D User Content Long Label
0040A352 X Verbal Source (Trial)
0040A358 X Verbal Source Identifier Code Sequence (Trial)
0040A088 Z Verifying Observer Identification Code Sequence
0040A075 D Verifying Observer Name
0040A073 D Verifying Observer Sequence
0040A027 D Verifying Organization
00384000 X Visit Comments
00189371 D X-Ray Detector ID
00189373 X X-Ray Detector Label
00189367 D X-Ray Source ID
"""


@dataclass(frozen=True)
class ProfileRow:
    """One row of Table E.1-1: tag, Basic Profile action code, attribute name."""

    tag: int
    action: str  # the full code as printed, e.g. "X/Z/D"
    name: str

    @property
    def first_action(self) -> str:
        """The action to apply without IOD knowledge: the first code (U* counts as U)."""
        return self.action.split("/")[0].rstrip("*")


def _parse(table: str) -> tuple[dict[int, ProfileRow], list[tuple[int, int, ProfileRow]]]:
    exact: dict[int, ProfileRow] = {}
    masked: list[tuple[int, int, ProfileRow]] = []  # (mask, value, row) for repeating groups
    for line in table.strip().splitlines():
        tag, action, name = line.split(" ", 2)
        if "x" in tag:
            mask = int("".join("0" if c == "x" else "F" for c in tag), 16)
            value = int(tag.replace("x", "0"), 16)
            masked.append((mask, value, ProfileRow(value, action, name)))
        else:
            exact[int(tag, 16)] = ProfileRow(int(tag, 16), action, name)
    return exact, masked


PROFILE, _MASKED = _parse(_TABLE)


def profile_row(tag: int) -> ProfileRow | None:
    """The Table E.1-1 row for ``tag`` (also matching repeating groups such as 60xx,3000)."""
    row = PROFILE.get(tag)
    if row is not None:
        return row
    for mask, value, masked_row in _MASKED:
        if tag & mask == value:
            return masked_row
    return None
