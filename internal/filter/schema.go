package filter

import "slices"

// Kind is how a field's values are read and compared.
type Kind int

// The kinds of filterable fields.
const (
	String Kind = iota
	ID
	Time
	Seconds // a time, written as Unix seconds
	Millis  // a time, written as Unix milliseconds
	Bool
	Enum
	Environment // the environment's ID: every row the viewer sees has it
)

// Field is one filterable field path of a type.
type Field struct {
	// Where is the where-input field it compiles to, without an operator
	// suffix ("CreatedTime" sets CreatedTime, CreatedTimeLT, …), after the
	// edges it goes through ("HasCreatorWith.PersonID").
	Where string
	// Kind is the field's kind.
	Kind Kind
	// Secret, when set, refuses the field and says why.
	Secret string
	// Sort, when set, is the GraphQL order field that sorts by this field.
	Sort string
}

// Schema lists the filterable fields of a type by path.
type Schema map[string]Field

var creatorFields = Schema{
	"creator":              {Where: "HasCreatorWith.Kind", Kind: Enum},
	"creator._type":        {Where: "HasCreatorWith.Kind", Kind: Enum},
	"creator.accountId":    {Kind: Environment},
	"creator.authAccessId": {Where: "HasCreatorWith.HasAuthAccessWith.ID", Kind: ID},
	"creator.personId":     {Where: "HasCreatorWith.PersonID", Kind: String},
}

var createdTime = Schema{
	"createdTime":                        {Where: "CreatedTime", Kind: Time, Sort: "CREATED_TIME"},
	"createdTime.iso8601":                {Where: "CreatedTime", Kind: Time, Sort: "CREATED_TIME"},
	"createdTime.timestamp.seconds":      {Where: "CreatedTime", Kind: Seconds, Sort: "CREATED_TIME"},
	"createdTime.timestamp.milliseconds": {Where: "CreatedTime", Kind: Millis, Sort: "CREATED_TIME"},
}

func merge(parts ...Schema) Schema {
	out := Schema{}
	for _, p := range parts {
		for k, v := range p {
			out[k] = v
		}
	}
	return out
}

// AuthAccesses is the schema of the authAccesses connection.
var AuthAccesses = merge(createdTime, creatorFields, Schema{
	"id":           {Where: "ID", Kind: ID, Sort: "ID"},
	"name":         {Where: "Name", Kind: String, Sort: "NAME"},
	"description":  {Where: "Description", Kind: String},
	"foreignId":    {Where: "ForeignID", Kind: String, Sort: "FOREIGN_ID"},
	"isEnabled":    {Where: "IsEnabled", Kind: Bool, Sort: "IS_ENABLED"},
	"permission":   {Where: "Permission", Kind: Enum},
	"token":        {Where: "Token", Kind: String},
	"updatedTime":  {Where: "UpdatedTime", Kind: Time, Sort: "UPDATED_TIME"},
	"expiresTime":  {Where: "ExpiresTime", Kind: Time},
	"lastUsedTime": {Where: "LastUsedTime", Kind: Time},
	"personId":     {Where: "PersonID", Kind: String},
	"secretKey":    {Secret: "secret keys are stored only as hashes and can never be filtered or sorted on"},
})

// Accounts is the schema of the accounts connection.
var Accounts = merge(createdTime, creatorFields, Schema{
	"id":                 {Where: "ID", Kind: ID, Sort: "ID"},
	"source":             {Where: "HasSourceWith.Key", Kind: String},
	"source.key":         {Where: "HasSourceWith.Key", Kind: String},
	"credentialType":     {Where: "CredentialType", Kind: String},
	"identifier":         {Where: "Identifier", Kind: String, Sort: "IDENTIFIER"},
	"identifierKind":     {Where: "IdentifierKind", Kind: Enum},
	"externalId":         {Where: "ExternalID", Kind: String},
	"displayName":        {Where: "DisplayName", Kind: String, Sort: "DISPLAY_NAME"},
	"isEnabled":          {Where: "IsEnabled", Kind: Bool, Sort: "IS_ENABLED"},
	"disabledReason":     {Where: "DisabledReason", Kind: Enum},
	"verificationStatus": {Where: "VerificationStatus", Kind: Enum},
	"verifiedTime":       {Where: "VerifiedTime", Kind: Time},
	"foreignId":          {Where: "ForeignID", Kind: String},
	"updatedTime":        {Where: "UpdatedTime", Kind: Time, Sort: "UPDATED_TIME"},
	"credentials":        {Secret: "credentials are encrypted and can never be filtered or sorted on"},
})

// Sources is the schema of the sources connection.
var Sources = merge(createdTime, Schema{
	"id":   {Where: "ID", Kind: ID, Sort: "ID"},
	"key":  {Where: "Key", Kind: String, Sort: "KEY"},
	"name": {Where: "Name", Kind: String, Sort: "NAME"},
})

// Events is the schema of the events connection.
var Events = merge(createdTime, Schema{
	"id":           {Where: "ID", Kind: ID, Sort: "ID"},
	"type":         {Where: "Type", Kind: Enum},
	"subjectId":    {Where: "SubjectID", Kind: String},
	"personId":     {Where: "PersonID", Kind: String},
	"authAccessId": {Where: "HasAuthAccessWith.ID", Kind: ID},
})

// PlatformApps is the schema of the platformApps connection.
var PlatformApps = merge(createdTime, Schema{
	"id":          {Where: "ID", Kind: ID, Sort: "ID"},
	"name":        {Where: "Name", Kind: String, Sort: "NAME"},
	"clientId":    {Where: "ClientID", Kind: String},
	"source":      {Where: "HasSourceWith.Key", Kind: String},
	"source.key":  {Where: "HasSourceWith.Key", Kind: String},
	"updatedTime": {Where: "UpdatedTime", Kind: Time, Sort: "UPDATED_TIME"},
})

// WebhookEndpoints is the schema of the webhookEndpoints connection.
var WebhookEndpoints = merge(createdTime, Schema{
	"id":                        {Where: "ID", Kind: ID, Sort: "ID"},
	"url":                       {Where: "URL", Kind: String, Sort: "URL"},
	"description":               {Where: "Description", Kind: String},
	"isEnabled":                 {Where: "IsEnabled", Kind: Bool, Sort: "IS_ENABLED"},
	"disabledReason":            {Where: "DisabledReason", Kind: Enum},
	"failingSince":              {Where: "FailingSince", Kind: Time},
	"previousSecretExpiresTime": {Where: "PreviousSecretExpiresTime", Kind: Time},
	"updatedTime":               {Where: "UpdatedTime", Kind: Time, Sort: "UPDATED_TIME"},
	"secret":                    {Secret: "signing secrets are encrypted and can never be filtered or sorted on"},
})

// WebhookDeliveries is the schema of the webhookDeliveries connection.
var WebhookDeliveries = merge(createdTime, Schema{
	"id":              {Where: "ID", Kind: ID, Sort: "ID"},
	"subjectId":       {Where: "SubjectID", Kind: String},
	"status":          {Where: "Status", Kind: Enum},
	"nextAttemptTime": {Where: "NextAttemptTime", Kind: Time},
	"deliveredTime":   {Where: "DeliveredTime", Kind: Time},
	"endpointId":      {Where: "HasEndpointWith.ID", Kind: ID},
	"eventId":         {Where: "HasEventWith.ID", Kind: ID},
	"eventType":       {Where: "HasEventWith.Type", Kind: Enum},
})

// Fields returns the field paths a filter may name in schema, in order;
// secret ones are left out.
func (s Schema) Fields() []string {
	var out []string
	for path, f := range s {
		if f.Secret == "" {
			out = append(out, path)
		}
	}
	slices.Sort(out)
	return out
}

// SortKeys returns the fields sortBy may name in schema, in order: one
// path per sort field, the shortest.
func (s Schema) SortKeys() []string {
	best := map[string]string{}
	for path, f := range s {
		if f.Sort == "" {
			continue
		}
		if cur, ok := best[f.Sort]; !ok || len(path) < len(cur) || len(path) == len(cur) && path < cur {
			best[f.Sort] = path
		}
	}
	var out []string
	for _, path := range best {
		out = append(out, path)
	}
	slices.Sort(out)
	return out
}
