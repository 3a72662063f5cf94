package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.ratelimit.RateLimit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaPicture;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.NewIdea;
import de.norderstedt.go.ideas.SimilarIdea;
import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PictureUpload;
import de.norderstedt.go.web.ui.PurposeNote;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An idea for the city, on the portal: what it is called (similar ideas show while it is
 * typed, to support instead of repeating), the problem, the idea, who would benefit, and
 * optionally district, working group, topic, a picture, the name to show and an e-mail
 * address. Without an account the person gets a receipt code to follow the idea.
 */
@Route("ideen/neu")
@AnonymousAllowed
public class SubmitIdeaView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final IdeaService ideas;

	private final NewsService news;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final TextField title = new TextField();

	private final Section similarSection = new Section();

	private final H2 similarHeading = new H2();

	private final UnorderedList similar = new UnorderedList();

	private final TextArea problem = new TextArea();

	private final TextArea proposal = new TextArea();

	private final TextArea beneficiaries = new TextArea();

	private final Select<Optional<District>> district = new Select<>();

	private final Select<Optional<IdeaGroup>> group = new Select<>();

	private final Select<Optional<Topic>> topic = new Select<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final PictureUpload picture = new PictureUpload(IdeaService.MAX_PICTURE_BYTES, "idea-picture-label",
			this.alert, this::pictureReceived);

	private final TextField pictureAlt = new TextField();

	private final TextField name = new TextField();

	private final EmailField email = new EmailField();

	private final Checkbox consent = new Checkbox();

	private final Button send = new Button();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("title", this.title)
		.field("problem", this.problem)
		.field("proposal", this.proposal)
		.field("beneficiaries", this.beneficiaries)
		.field("district", this.district)
		.field("group", this.group)
		.field("topic", this.topic)
		.field("pictureAlt", this.pictureAlt)
		.field("name", this.name)
		.field("email", this.email)
		.field("consent", this.consent);

	private final Div form = new Div();

	private final Div receipt = new Div();

	private byte @Nullable [] pictureBytes;

	private @Nullable String pictureType;

	private final RateLimits rateLimits;

	public SubmitIdeaView(IdeaService ideas, NewsService news, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.ideas = ideas;
		this.news = news;
		addClassName("page");
		addClassName("idea-submit-page");
		this.lead.addClassName("lead");
		this.title.setWidthFull();
		this.title.setValueChangeMode(ValueChangeMode.LAZY);
		this.title.addValueChangeListener(e -> showSimilar(e.getValue()));
		for (TextArea area : List.of(this.problem, this.proposal, this.beneficiaries)) {
			area.setWidthFull();
			area.setMinRows(3);
		}
		Choices.offer(this.district, news.districts());
		Choices.offer(this.group, ideas.groups());
		Choices.offer(this.topic, news.topics());
		// a person with an account follows the idea there: no address, no consent
		boolean anonymous = !ideas.signedIn();
		this.email.setVisible(anonymous);
		this.consent.setVisible(anonymous);
		this.similarSection.addClassName("idea-similar");
		this.similarSection.add(this.similarHeading, this.similar);
		this.similarSection.setVisible(false);
		this.send.addThemeName("primary");
		this.send.addClickListener(e -> send());
		this.form.addClassName("idea-form");
		this.form.add(this.title, this.similarSection, this.problem, this.proposal, this.beneficiaries, this.district,
				this.group, this.topic, this.picture.label(), this.picture.upload(), this.picture.problem(),
				this.pictureAlt, this.name, this.email, this.consent, new PurposeNote("privacy.purpose.ideas"),
				this.alert, this.send);
		this.receipt.addClassName("idea-receipt");
		this.receipt.setVisible(false);
		add(this.heading, this.lead, this.form, this.status, this.receipt);
	}

	private void pictureReceived(byte[] bytes, String mediaType, String fileName) {
		this.pictureBytes = bytes.clone();
		this.pictureType = mediaType;
		this.status.show(getTranslation("ideas.submit.picture.added", fileName));
	}

	/** Published ideas like the title typed so far, each to open or support. */
	private void showSimilar(String typed) {
		List<SimilarIdea> found = this.ideas.similar(typed);
		this.similar.removeAll();
		for (SimilarIdea idea : found) {
			RouterLink open = new RouterLink(idea.title(), IdeaView.class,
					new RouteParameters("id", String.valueOf(idea.id())));
			Paragraph facts = new Paragraph(getTranslation("ideas.similar.facts",
					getTranslation(idea.state().messageKey()), idea.supporters()));
			ListItem item = new ListItem(open, facts);
			item.addClassName("idea-similar-item");
			this.similar.add(item);
		}
		this.similarSection.setVisible(!found.isEmpty());
		if (!found.isEmpty()) {
			this.status.show(getTranslation("ideas.similar.found", found.size()));
		}
	}

	private void send() {
		IdeaPicture attached = this.pictureBytes == null || this.pictureType == null ? null
				: new IdeaPicture(this.pictureBytes, this.pictureType, this.pictureAlt.getValue());
		NewIdea idea = new NewIdea(this.title.getValue(), this.problem.getValue(), this.proposal.getValue(),
				this.beneficiaries.getValue(), this.district.getValue().map(District::id).orElse(null),
				this.group.getValue().map(IdeaGroup::id).orElse(null),
				this.topic.getValue().map(Topic::id).orElse(null), attached, this.name.getValue(),
				this.email.getValue(), this.consent.getValue(), getLocale().getLanguage());
		SubmittedIdea submitted;
		try {
			this.refusals.clear();
			this.rateLimits.check(RateLimit.IDEA);
			submitted = this.ideas.submit(idea);
		}
		catch (Refusal refusal) {
			if ("picture".equals(refusal.field().orElse(null))) {
				this.pictureBytes = null;
				this.picture.clear();
			}
			this.refusals.show(refusal);
			return;
		}
		this.form.setVisible(false);
		this.lead.setVisible(false);
		this.receipt.removeAll();
		this.receipt.add(IdeaReceipt.of(this, submitted));
		this.receipt.setVisible(true);
		this.status.show(getTranslation("ideas.submit.done"));
	}

	private void texts(Locale locale) {
		this.heading.setText(getTranslation("ideas.submit.title"));
		this.lead.setText(getTranslation("ideas.submit.lead"));
		this.title.setLabel(getTranslation("ideas.field.title"));
		this.title.setHelperText(getTranslation("ideas.field.title.help"));
		this.similarHeading.setText(getTranslation("ideas.similar.heading"));
		this.problem.setLabel(getTranslation("ideas.field.problem"));
		this.proposal.setLabel(getTranslation("ideas.field.proposal"));
		this.beneficiaries.setLabel(getTranslation("ideas.field.beneficiaries"));
		this.district.setLabel(getTranslation("ideas.field.district"));
		Choices.label(this.district, x -> x.name(locale), getTranslation("ideas.field.district.none"));
		this.group.setLabel(getTranslation("ideas.field.group"));
		Choices.label(this.group, x -> x.name(locale), getTranslation("ideas.field.group.none"));
		this.topic.setLabel(getTranslation("ideas.field.topic"));
		Choices.label(this.topic, x -> x.name(locale), getTranslation("ideas.field.topic.none"));
		this.picture.translate(getTranslation("ideas.field.picture"),
				new PictureUpload.Texts(getTranslation("ideas.field.picture.add"),
						getTranslation("ideas.field.picture.drop"), getTranslation("ideas.error.picture-type"),
						getTranslation("ideas.error.picture-size", IdeaService.MAX_PICTURE_BYTES / (1024 * 1024)),
						getTranslation("ideas.field.picture.one")));
		this.pictureAlt.setLabel(getTranslation("ideas.field.picture-alt"));
		this.pictureAlt.setHelperText(getTranslation("ideas.field.picture-alt.help"));
		this.name.setLabel(getTranslation("ideas.field.name"));
		this.name.setHelperText(getTranslation("ideas.field.name.help"));
		this.email.setLabel(getTranslation("ideas.field.email"));
		this.email.setHelperText(getTranslation("ideas.field.email.help"));
		this.consent.setLabel(getTranslation(IdeaService.CONSENT_KEY));
		this.send.setText(getTranslation("ideas.submit.send"));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.submit.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		texts(event.getLocale());
		Titles.update(this);
	}

}
