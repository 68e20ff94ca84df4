package fr.reperes.letters;

import com.samskivert.mustache.Template;

import java.util.List;

/**
 * A letter's compiled templates (plain text; the renderers escape for their format). Each list item that renders
 * empty is left out, which is how an attachment or an instruction applies only to some signatories or choices.
 */
record LetterTemplates(Template sender, Template recipient, Template placeDate, Template mention, Template object,
                       Template body, Template signature, List<Template> attachments, List<Template> copies,
                       Template recipientInstruction, List<Template> sending, Template delay,
                       List<Template> withoutAnswer, List<Template> notes) {
}
